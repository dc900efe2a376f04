package org.fieldlaw.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.TransitionRequest;
import org.fieldlaw.cases.model.CaseFacts;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.ProcedureGates;
import org.fieldlaw.cases.model.ProcedureGates.Refusal;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Versions;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.discretion.DecidedCases;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.security.Roles;

/**
 * Moves a case through the procedure. Every step asks the gates first and is refused, with every
 * reason at once, when the law does not allow it yet; every accepted step goes into the case's
 * hash-chained record in the same transaction.
 */
@ApplicationScoped
public class CaseTransitions {

    /** No-penalty outcomes where the violation itself is not established count in no party's history. */
    private static final Set<Assessment.NoPenaltyReason> NOT_A_VIOLATION = Set.of(Assessment.NoPenaltyReason.NO_FAULT,
            Assessment.NoPenaltyReason.LIMITATION_PASSED, Assessment.NoPenaltyReason.NO_LONGER_A_VIOLATION);

    private final CaseService cases;
    private final CaseSteps steps;
    private final CaseFactsReader factsReader;
    private final CaseAssessor assessor;
    private final CaseNumbers numbers;
    private final CaseRules rules;
    private final CaseViews views;
    private final CaseConfig config;
    private final Caller caller;
    private final DecidedCases history;
    private final Event<CaseDecided> decided;
    private final AgencyRegister register;

    CaseTransitions(CaseService cases, CaseSteps steps, CaseFactsReader factsReader, CaseAssessor assessor, CaseNumbers numbers,
            CaseRules rules, CaseViews views, CaseConfig config, Caller caller, DecidedCases history, Event<CaseDecided> decided,
            AgencyRegister register) {
        this.cases = cases;
        this.steps = steps;
        this.factsReader = factsReader;
        this.assessor = assessor;
        this.numbers = numbers;
        this.rules = rules;
        this.views = views;
        this.config = config;
        this.caller = caller;
        this.history = history;
        this.decided = decided;
        this.register = register;
    }

    public CaseView transition(UUID id, long expectedVersion, TransitionRequest r) {
        RegisteredOfficer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = cases.lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            LocalDate day = steps.day(r.on(), c);
            CaseState from = c.state;
            CaseState to = r.to();
            List<Refusal> refusals = new ArrayList<>();
            if ((to == CaseState.DECIDED || to == CaseState.WITHDRAWN) && !caller.hasRole(Roles.SUPERVISOR)) {
                refusals.add(new Refusal("role", "处罚决定和撤销案件由负责人作出 (a supervisor takes this step)"));
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("from", from);
            detail.put("to", to);
            detail.put("on", day);
            boolean limitationPassed = false;
            String barred = null;
            AssessmentView assessment = null;
            switch (to) {
                case FILED -> limitationPassed = assessor.beyondLimitation(c);
                case PROPOSED, DECIDED_ON_THE_SPOT -> {
                    propose(c, r);
                    assessment = assessor.assess(c, day);
                    assessor.pin(c, assessment);
                    barred = CaseAssessor.barredReason(assessment.assessment());
                    c.legalReviewRequired = Boolean.TRUE.equals(r.legalReviewRequired())
                            || to == CaseState.PROPOSED && config.legalReviewFields().orElse(List.of()).contains(c.field);
                    c.collectiveDiscussionRequired = Boolean.TRUE.equals(r.collectiveDiscussionRequired());
                    detail.put("proposedFine", c.proposedFine);
                    detail.put("proposedTypes", c.proposedTypes);
                    detail.put("assessment", pinned(assessment.assessment()));
                }
                case DECIDED -> {
                    if (r.proposedFine() != null || r.proposedTypes() != null || r.confiscatedValue() != null) {
                        // The final amount after statement and defence; the gates compare it with the notice (APL Art 45).
                        propose(c, r);
                        detail.put("decidedFine", c.proposedFine);
                    }
                    var later = assessor.atDecision(c, day);
                    if (later.isPresent()) {
                        // a version in force since the proposal is lighter: it applies now (APL Art 37)
                        assessor.pin(c, later.get());
                        barred = CaseAssessor.barredReason(later.get().assessment());
                        detail.put("reassessed", pinned(later.get().assessment()));
                    }
                }
                case HEARING -> {
                    c.hearingChair = r.hearingChair();
                    if (r.hearingChair() == null) {
                        refusals.add(new Refusal("hearing-chair", "须指定听证主持人 (name the hearing chair)"));
                    }
                }
                case NO_PENALTY -> {
                    if (r.educationRecord() != null && !r.educationRecord().isBlank()) {
                        c.educationRecord = r.educationRecord().trim();
                    }
                    assessment = assessor.assess(c, day);
                    assessor.pin(c, assessment);
                    groundless(assessment.assessment(), r, refusals);
                }
                case TRANSFERRED -> transferGate(c, r, refusals);
                case INVESTIGATING -> {
                    // sent back by the head or from a review or a discussion, a case goes back with the reasons on its record;
                    // the officer taking back his own proposal to restate it needs none
                    boolean review = c.state == CaseState.LEGAL_REVIEW || c.state == CaseState.COLLECTIVE_DISCUSSION;
                    boolean sentBack = review || (c.state != CaseState.FILED && caller.hasRole(Roles.SUPERVISOR));
                    if (sentBack && (r.note() == null || r.note().isBlank())) {
                        refusals.add(new Refusal("note", "退回须写明理由 (give the reasons for returning the case in note)"));
                    }
                }
                case WITHDRAWN, ENFORCED -> {
                    if (r.note() == null || r.note().isBlank()) {
                        refusals.add(new Refusal("note", "须写明理由 (give the reason in note)"));
                    }
                    if (to == CaseState.ENFORCED) {
                        rules.gates().enforcementRefused(c.reminderServedOn, day).ifPresent(refusals::add);
                    }
                }
                case PAID -> {
                    if (c.decidedFine == null || c.decidedFine.signum() == 0) {
                        refusals.add(new Refusal("payment", "本案没有罚款 (no fine was decided)"));
                    }
                }
                case CLOSED -> {
                    if (from == CaseState.SERVED && c.decidedFine != null && c.decidedFine.signum() > 0) {
                        refusals.add(new Refusal("payment", "罚款尚未缴纳或强制执行，不能结案 (the fine is neither paid nor enforced)"));
                    }
                    ProcedureGates.cashNotHandedIn(c.cashCollectedOn, c.cashHandedInOn).ifPresent(refusals::add);
                }
                default -> {
                    // the remaining steps carry no data of their own
                }
            }
            CaseFacts facts = factsReader.read(c, day, limitationPassed, barred);
            refusals.addAll(0, rules.gates().check(from, to, facts));
            if (!refusals.isEmpty()) {
                ApiException refusal = CaseSteps.refused(from, to, refusals);
                if (refusals.stream().anyMatch(x -> "devolved-matter".equals(x.gate()))) {
                    register.countyBureauOf(c.placeCode).ifPresent(body -> refusal.with("routeTo", Map.of("id", body.id(), "name", body.name())));
                }
                throw refusal;
            }
            enter(c, to, day, r);
            if (to == CaseState.NO_PENALTY) {
                Assessment.NoPenaltyReason reason = assessment.assessment().noPenaltyReason();
                if (reason == null || !NOT_A_VIOLATION.contains(reason)) {
                    joinHistory(c, day, false);
                }
            }
            if (c.caseNumber != null) {
                detail.put("caseNumber", c.caseNumber);
            }
            if (r.note() != null) {
                detail.put("note", r.note());
            }
            steps.finish(c, me, RecordActions.step(to), detail, r.position());
            return views.of(c, false);
        });
    }

    private void enter(EnforcementCase c, CaseState to, LocalDate day, TransitionRequest r) {
        switch (to) {
            case FILED -> {
                c.filedOn = day;
                assignNumber(c, day);
            }
            case NOTIFIED -> {
                // the notice step is its service on the party; a later receipt is a NOTICE_SERVED event
                c.notifiedOn = day;
                c.noticeServedOn = day;
                c.noticedFine = c.proposedFine;
                c.noticedTypes = c.proposedTypes;
                c.noticedConfiscatedValue = c.proposedConfiscatedValue;
                c.hearingOffered = rules.hearing().reason(c.field, c.partyKind, CaseFactsReader.proposed(c)).isPresent();
            }
            case PROPOSED -> {
                if (c.state == CaseState.NOTIFIED) {
                    // a new proposal needs a new notice, with its own windows (APL Arts 44, 45)
                    c.notifiedOn = null;
                    c.noticeServedOn = null;
                    c.noticedFine = null;
                    c.noticedTypes = null;
                    c.noticedConfiscatedValue = null;
                    c.hearingOffered = false;
                    c.noticeWaived = false;
                    c.hearingRequestedOn = null;
                    c.hearingNoticedOn = null;
                    c.hearingScheduledOn = null;
                }
            }
            case HEARING -> c.hearingHeldOn = day;
            case LEGAL_REVIEW -> {
                c.legalReviewRequired = true;
                c.legalReviewRequestedOn = day;
            }
            case COLLECTIVE_DISCUSSION -> c.collectiveDiscussionRequired = true;
            case DECIDED_ON_THE_SPOT, DECIDED -> {
                if (to == CaseState.DECIDED_ON_THE_SPOT) {
                    assignNumber(c, day);
                }
                c.decidedOn = day;
                c.decidedFine = c.proposedFine;
                c.decidedTypes = c.proposedTypes;
                joinHistory(c, day, true);
                decided.fire(new CaseDecided(c.id, c.bodyId, c.placeCode, day));
            }
            case NO_PENALTY -> {
                c.decidedOn = day;
                // the decider's finding goes into the no-penalty decision document
                c.outcomeNote = r.note() == null || r.note().isBlank() ? null : r.note().trim();
            }
            case SERVED -> c.servedOn = day;
            case PAID -> c.paidOn = day;
            case TRANSFERRED -> {
                c.transferredTo = r.transferTo();
                c.outcomeNote = r.note();
            }
            case WITHDRAWN, ENFORCED -> c.outcomeNote = r.note().trim();
            case CLOSED -> c.closedOn = day;
            default -> {
                // INVESTIGATING changes only the state
            }
        }
        c.state = to;
    }

    private static void propose(EnforcementCase c, TransitionRequest r) {
        List<PenaltyType> types = r.proposedTypes() == null || r.proposedTypes().isEmpty()
                ? (r.proposedFine() != null && r.proposedFine().signum() > 0 ? List.of(PenaltyType.FINE) : List.of())
                : r.proposedTypes();
        BigDecimal fine = r.proposedFine() == null || r.proposedFine().signum() == 0 ? null : r.proposedFine().setScale(2);
        String[] typeNames = types.stream().distinct().map(Enum::name).toArray(String[]::new);
        BigDecimal confiscated = r.confiscatedValue() == null ? null : r.confiscatedValue().setScale(2);
        if (fine != null && !types.contains(PenaltyType.FINE)) {
            throw ApiException.invalid("proposedTypes", "有罚款数额时处罚种类须含 FINE (a fine amount needs FINE among the types)");
        }
        String reasons = r.deviationReasons() == null || r.deviationReasons().isBlank() ? null : r.deviationReasons().trim();
        boolean samePenalty = sameAmount(fine, c.proposedFine) && Arrays.equals(typeNames, c.proposedTypes)
                && sameAmount(confiscated, c.proposedConfiscatedValue);
        if (samePenalty && (reasons == null || reasons.equals(c.deviationReasons))) {
            // the penalty already proposed, restated (a decision in the amount proposed): its reasons and approval stand
            return;
        }
        c.proposedFine = fine;
        c.proposedTypes = typeNames;
        c.proposedConfiscatedValue = confiscated;
        c.deviationReasons = reasons;
        c.deviationApprovedBy = null;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * APL Art 57 para 1: without a ground the assessment found (Arts 30, 33, 36, a list), no penalty is
     * the agency head's decision that the violation is not established or is minor enough, with the
     * reasons written: a supervisor's step with a note, not an officer's.
     */
    private void groundless(Assessment a, TransitionRequest r, List<Refusal> refusals) {
        if (a.outcome() == Assessment.Outcome.NO_PENALTY) {
            return;
        }
        if (!caller.hasRole(Roles.SUPERVISOR) || r.note() == null || r.note().isBlank()) {
            refusals.add(new Refusal("no-penalty-ground", "裁量评估未认定不予处罚的情形：不予处罚须由负责人决定并写明理由（违法事实不能成立等）(APL Art 57)"));
        }
    }

    private static Map<String, Object> pinned(Assessment a) {
        Map<String, Object> pinned = new LinkedHashMap<>();
        pinned.put("baselineId", a.baselineId());
        pinned.put("version", a.baselineVersion());
        pinned.put("tier", String.valueOf(a.tier()));
        return pinned;
    }

    private void transferGate(EnforcementCase c, TransitionRequest r, List<Refusal> refusals) {
        if (r.transferTo() == null) {
            refusals.add(new Refusal("transfer", "须写明移送的机关 (name the body in transferTo)"));
            return;
        }
        RegisteredBody target = register.body(r.transferTo()).orElse(null);
        if (target == null || target.id().equals(c.bodyId)) {
            refusals.add(new Refusal("transfer", "移送机关不存在或为本机关 (no such other body): " + r.transferTo()));
        }
    }

    private void assignNumber(EnforcementCase c, LocalDate day) {
        if (c.caseNumber != null) {
            return;
        }
        CaseNumbers.Assigned n = numbers.next(c.bodyId, day.getYear());
        c.caseNumber = n.number();
        c.numberYear = n.year();
        c.numberSeq = n.seq();
    }

    /**
     * The case joins the party's history: the next case of the violation is no first violation, and a
     * penalty counts towards repeat offending (a no-penalty outcome does not).
     */
    private void joinHistory(EnforcementCase c, LocalDate day, boolean penalised) {
        history.record(new DecidedCases.Decided(c.id, c.partyIdentifier, c.violationCode, c.field, day, penalised));
    }
}
