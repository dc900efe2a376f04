package org.fieldlaw.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.EnforcementBody;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.EventRequest;
import org.fieldlaw.cases.CaseDto.TransitionRequest;
import org.fieldlaw.cases.model.CaseFacts;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.LatePayment;
import org.fieldlaw.cases.model.ProcedureGates.Refusal;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.discretion.DecidedCaseRecord;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.security.Caller;
import org.fieldlaw.security.Roles;

/**
 * Moves a case through the procedure. Every step asks the gates first and is refused, with every
 * reason at once, when the law does not allow it yet; every accepted step and recorded event goes
 * into the case's hash-chained record in the same transaction.
 */
@ApplicationScoped
public class CaseProcedure {

    /** No-penalty outcomes where the violation itself is not established count in no party's history. */
    private static final Set<Assessment.NoPenaltyReason> NOT_A_VIOLATION = Set.of(Assessment.NoPenaltyReason.NO_FAULT,
            Assessment.NoPenaltyReason.LIMITATION_PASSED, Assessment.NoPenaltyReason.NO_LONGER_A_VIOLATION);

    private final CaseService cases;
    private final CaseFactsReader factsReader;
    private final CaseAssessor assessor;
    private final CaseNumbers numbers;
    private final CaseRules rules;
    private final CaseRecord record;
    private final CaseViews views;
    private final CaseConfig config;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Event<CaseDecided> decided;
    private final Event<DecisionWithdrawn> withdrawn;
    private final JurisdictionDirectory directory;

    CaseProcedure(CaseService cases, CaseFactsReader factsReader, CaseAssessor assessor, CaseNumbers numbers, CaseRules rules,
            CaseRecord record, CaseViews views, CaseConfig config, Caller caller, ObjectMapper mapper, Clock clock,
            Event<CaseDecided> decided, Event<DecisionWithdrawn> withdrawn, JurisdictionDirectory directory) {
        this.directory = directory;
        this.decided = decided;
        this.withdrawn = withdrawn;
        this.cases = cases;
        this.factsReader = factsReader;
        this.assessor = assessor;
        this.numbers = numbers;
        this.rules = rules;
        this.record = record;
        this.views = views;
        this.config = config;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    public CaseView transition(UUID id, long expectedVersion, TransitionRequest r) {
        Officer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = cases.lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            LocalDate day = day(r.on(), c);
            CaseState from = c.state;
            CaseState to = r.to();
            List<Refusal> refusals = new ArrayList<>();
            roleGate(to, refusals);
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
                    detail.put("assessment", Map.of("baselineId", assessment.assessment().baselineId(),
                            "version", assessment.assessment().baselineVersion(), "tier", String.valueOf(assessment.assessment().tier())));
                }
                case DECIDED -> {
                    if (r.proposedFine() != null || r.proposedTypes() != null) {
                        // The final amount after statement and defence; the gates compare it with the notice (APL Art 45).
                        propose(c, r);
                        detail.put("decidedFine", c.proposedFine);
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
                }
                case TRANSFERRED -> transferGate(c, r, refusals);
                case WITHDRAWN, ENFORCED -> {
                    if (r.note() == null || r.note().isBlank()) {
                        refusals.add(new Refusal("note", "须写明理由 (give the reason in note)"));
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
                }
                default -> {
                    // the remaining steps carry no data of their own
                }
            }
            CaseFacts facts = factsReader.read(c, day, limitationPassed, barred);
            refusals.addAll(0, rules.gates().check(from, to, facts));
            if (!refusals.isEmpty()) {
                ApiException refusal = refused(from, to, refusals);
                if (refusals.stream().anyMatch(x -> "devolved-matter".equals(x.gate()))) {
                    countyBody(c).ifPresent(body -> refusal.with("routeTo", Map.of("id", body.id, "name", body.name)));
                }
                throw refusal;
            }
            enter(c, to, day, r, me);
            if (to == CaseState.NO_PENALTY) {
                Assessment.NoPenaltyReason reason = assessment.assessment().noPenaltyReason();
                if (reason == null || !NOT_A_VIOLATION.contains(reason)) {
                    feedHistory(c, day);
                }
            }
            if (c.caseNumber != null) {
                detail.put("caseNumber", c.caseNumber);
            }
            if (r.note() != null) {
                detail.put("note", r.note());
            }
            finish(c);
            record.append(c.id, me, "STEP_" + to.name(), detail,
                    r.position() == null ? null : r.position().latitude(), r.position() == null ? null : r.position().longitude());
            return views.of(c, false);
        });
    }

    private void enter(EnforcementCase c, CaseState to, LocalDate day, TransitionRequest r, Officer me) {
        switch (to) {
            case FILED -> {
                c.filedOn = day;
                assignNumber(c, day);
            }
            case NOTIFIED -> {
                c.notifiedOn = day;
                c.noticedFine = c.proposedFine;
            }
            case HEARING -> c.hearingHeldOn = day;
            case LEGAL_REVIEW -> c.legalReviewRequired = true;
            case COLLECTIVE_DISCUSSION -> c.collectiveDiscussionRequired = true;
            case DECIDED_ON_THE_SPOT, DECIDED -> {
                if (to == CaseState.DECIDED_ON_THE_SPOT) {
                    assignNumber(c, day);
                }
                c.decidedOn = day;
                c.decidedFine = c.proposedFine;
                c.decidedTypes = c.proposedTypes;
                feedHistory(c, day);
                decided.fire(new CaseDecided(c.id, day));
            }
            case NO_PENALTY -> c.decidedOn = day;
            case SERVED -> c.servedOn = day;
            case PAID -> c.paidOn = day;
            case TRANSFERRED -> {
                c.transferredTo = r.transferTo();
                c.outcomeNote = r.note();
            }
            case WITHDRAWN, ENFORCED -> c.outcomeNote = r.note().trim();
            case CLOSED -> c.closedOn = day;
            default -> {
                // INVESTIGATING and PROPOSED change only the state
            }
        }
        c.state = to;
    }

    public CaseView event(UUID id, long expectedVersion, EventRequest r) {
        Officer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = cases.lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            LocalDate day = day(r.on(), c);
            List<Refusal> refusals = new ArrayList<>();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("on", day);
            if (r.text() != null) {
                detail.put("text", r.text());
            }
            DecisionWithdrawn followUp = null;
            switch (r.kind()) {
                case DEFENCE -> {
                    inState(c, refusals, CaseState.NOTIFIED, CaseState.HEARING);
                    needText(r, refusals);
                    c.defenceMade = true;
                }
                case NOTICE_WAIVER -> {
                    inState(c, refusals, CaseState.PROPOSED, CaseState.NOTIFIED);
                    needText(r, refusals);
                    c.noticeWaived = true;
                }
                case HEARING_REQUEST -> hearingRequest(c, day, refusals);
                case DEVIATION_APPROVAL -> {
                    needRole(Roles.SUPERVISOR, refusals);
                    if (c.deviationReasons == null || c.deviationReasons.isBlank()) {
                        refusals.add(new Refusal("deviation", "没有须批准的偏离：拟处罚未写明偏离理由 (no deviation with reasons to approve)"));
                    }
                    c.deviationApprovedBy = me.id;
                }
                case LEGAL_REVIEW -> legalReview(c, r, me, day, refusals, detail);
                case COLLECTIVE_DISCUSSION -> {
                    needRole(Roles.SUPERVISOR, refusals);
                    inState(c, refusals, CaseState.COLLECTIVE_DISCUSSION);
                    needText(r, refusals);
                    if (r.attendees() == null || r.attendees().size() < 3) {
                        refusals.add(new Refusal("collective-discussion", "集体讨论须记录出席人员（至少三人）(record at least three attendees)"));
                    } else {
                        detail.put("attendees", r.attendees());
                    }
                    c.collectiveDiscussionOn = day;
                }
                case EDUCATION -> {
                    needText(r, refusals);
                    c.educationRecord = r.text() == null ? null : r.text().trim();
                }
                case EVIDENCE_PRESERVED -> {
                    inState(c, refusals, CaseState.RECORDED, CaseState.FILED, CaseState.INVESTIGATING);
                    c.preservationRegisteredOn = day;
                }
                case PRESERVATION_DISPOSED -> {
                    if (c.preservationRegisteredOn == null || c.preservationDisposedOn != null) {
                        refusals.add(new Refusal("preservation", "没有待处理的先行登记保存证据 (no preserved evidence awaiting a decision)"));
                    }
                    c.preservationDisposedOn = day;
                }
                case PAYMENT_PAUSE -> pause(c, r, refusals, detail);
                case DECISION_REVOKED, DECISION_CHANGED -> followUp = decisionWithdrawn(c, r, day, refusals, detail);
            }
            if (!refusals.isEmpty()) {
                throw refused(c.state, c.state, refusals);
            }
            finish(c);
            record.append(c.id, me, "EVENT_" + r.kind().name(), detail,
                    r.position() == null ? null : r.position().latitude(), r.position() == null ? null : r.position().longitude());
            if (followUp != null) {
                // after the event itself, so the record reads cause before consequence
                withdrawn.fire(followUp);
            }
            return views.of(c, false);
        });
    }

    private void hearingRequest(EnforcementCase c, LocalDate day, List<Refusal> refusals) {
        inState(c, refusals, CaseState.NOTIFIED);
        Set<PenaltyType> types = types(c.proposedTypes);
        if (rules.hearing().reason(c.field, org.fieldlaw.discretion.model.PartyKind.valueOf(c.partyKind), c.proposedFine, types).isEmpty()) {
            refusals.add(new Refusal("hearing", "拟作出的处罚不属于听证范围 (APL Art 63)"));
        }
        if (c.notifiedOn != null && day.isAfter(rules.deadlines().hearingRequestDue(c.notifiedOn))) {
            refusals.add(new Refusal("hearing", "听证要求晚于告知后五个工作日（截止 " + rules.deadlines().hearingRequestDue(c.notifiedOn)
                    + "）(asked after the 5-working-day window, APL Art 64)"));
        }
        c.hearingRequestedOn = day;
    }

    private void legalReview(EnforcementCase c, EventRequest r, Officer me, LocalDate day, List<Refusal> refusals, Map<String, Object> detail) {
        needRole(Roles.LEGAL_REVIEWER, refusals);
        inState(c, refusals, CaseState.LEGAL_REVIEW);
        needText(r, refusals);
        if (r.passed() == null) {
            refusals.add(new Refusal("legal-review", "须写明审核是否通过 (passed: true or false)"));
        }
        boolean investigator = CaseOfficerLink.ofCase(c.id).stream().anyMatch(l -> l.investigator && l.key.officerId().equals(me.id));
        if (investigator) {
            refusals.add(new Refusal("legal-review", "法制审核人员不得为本案调查人员"));
        }
        if (CaseFactsReader.firstReview(me.id, c.id) && !me.legalQualification) {
            refusals.add(new Refusal("legal-review", "初次从事法制审核的人员应当取得法律职业资格 (APL Art 58)"));
        }
        detail.put("passed", r.passed());
        if (Boolean.TRUE.equals(r.passed())) {
            c.legalReviewPassedOn = day;
            c.legalReviewer = me.id;
        }
    }

    private DecisionWithdrawn decisionWithdrawn(EnforcementCase c, EventRequest r, LocalDate day, List<Refusal> refusals,
            Map<String, Object> detail) {
        needRole(Roles.SUPERVISOR, refusals);
        needText(r, refusals);
        if (c.decidedOn == null || c.state == CaseState.NO_PENALTY) {
            refusals.add(new Refusal("state", "本案没有处罚决定 (no penalty decision to revoke or change)"));
        }
        boolean changed = r.kind() == CaseDto.EventKind.DECISION_CHANGED;
        if (changed) {
            if (r.amount() == null) {
                refusals.add(new Refusal("amount", "须写明变更后的罚款数额 (the new fine in amount)"));
            } else {
                detail.put("previousFine", c.decidedFine);
                detail.put("fine", r.amount());
                c.decidedFine = r.amount().signum() == 0 ? null : r.amount().setScale(2);
            }
        }
        return refusals.isEmpty() ? new DecisionWithdrawn(c.id, day, r.text().trim(), changed) : null;
    }

    private void pause(EnforcementCase c, EventRequest r, List<Refusal> refusals, Map<String, Object> detail) {
        if (c.servedOn == null) {
            refusals.add(new Refusal("payment", "处罚决定尚未送达 (the decision has not been served)"));
        }
        if (r.from() == null || r.to() == null || r.to().isBefore(r.from())) {
            refusals.add(new Refusal("payment", "须写明复议或诉讼的起止日期 (from and to, to not before from)"));
            return;
        }
        List<LatePayment.Pause> pauses = new ArrayList<>(views.pauses(c.paymentPauses));
        pauses.add(new LatePayment.Pause(r.from(), r.to()));
        try {
            c.paymentPauses = mapper.writeValueAsString(pauses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        detail.put("from", r.from());
        detail.put("to", r.to());
    }

    private void propose(EnforcementCase c, TransitionRequest r) {
        List<PenaltyType> types = r.proposedTypes() == null || r.proposedTypes().isEmpty()
                ? (r.proposedFine() != null && r.proposedFine().signum() > 0 ? List.of(PenaltyType.FINE) : List.of())
                : r.proposedTypes();
        c.proposedFine = r.proposedFine() == null || r.proposedFine().signum() == 0 ? null : r.proposedFine().setScale(2);
        c.proposedTypes = types.stream().distinct().map(Enum::name).toArray(String[]::new);
        if (c.proposedFine != null && !types.contains(PenaltyType.FINE)) {
            throw ApiException.invalid("proposedTypes", "有罚款数额时处罚种类须含 FINE (a fine amount needs FINE among the types)");
        }
        c.deviationReasons = r.deviationReasons() == null || r.deviationReasons().isBlank() ? null : r.deviationReasons().trim();
        c.deviationApprovedBy = null;
    }

    private void transferGate(EnforcementCase c, TransitionRequest r, List<Refusal> refusals) {
        if (r.transferTo() == null) {
            refusals.add(new Refusal("transfer", "须写明移送的机关 (name the body in transferTo)"));
            return;
        }
        EnforcementBody target = EnforcementBody.findById(r.transferTo());
        if (target == null || target.id.equals(c.bodyId)) {
            refusals.add(new Refusal("transfer", "移送机关不存在或为本机关 (no such other body): " + r.transferTo()));
        }
    }

    /** The county-level body of the case's place: where a matter the town does not hold goes (APL Art 24). */
    private java.util.Optional<EnforcementBody> countyBody(EnforcementCase c) {
        return directory.tree().ancestorAt(c.placeCode, JurisdictionLevel.COUNTY)
                .flatMap(county -> EnforcementBody.<EnforcementBody>find("jurisdictionCode = ?1 and kind = ?2", county.code(),
                        BodyKind.COUNTY_BUREAU).firstResultOptional());
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

    /** The case joins the party's history: the next assessment for this party counts it (first violation, repeats). */
    private static void feedHistory(EnforcementCase c, LocalDate day) {
        if (c.partyIdentifier == null || DecidedCaseRecord.findById(c.id) != null) {
            return;
        }
        DecidedCaseRecord r = new DecidedCaseRecord();
        r.id = c.id;
        r.partyIdentifier = c.partyIdentifier;
        r.violationCode = c.violationCode;
        r.field = c.field;
        r.decidedOn = day;
        r.source = "case";
        r.persist();
    }

    private void finish(EnforcementCase c) {
        var next = rules.dueDates().next(CaseViews.dates(c));
        c.nextDueOn = next.map(d -> d.due()).orElse(null);
        c.nextDueKind = next.map(d -> d.kind().name()).orElse(null);
        // Every accepted step or event changes the version the phone must send next, even one that only records.
        c.updatedAt = OffsetDateTime.now(clock);
        c.persistAndFlush();
    }

    private LocalDate day(LocalDate on, EnforcementCase c) {
        LocalDate today = LocalDate.now(clock);
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw ApiException.invalid("on", "不能晚于今天 (cannot be in the future)");
        }
        if (on.isBefore(c.actDate)) {
            throw ApiException.invalid("on", "不能早于违法行为发生之日 (before the act date)");
        }
        return on;
    }

    private void roleGate(CaseState to, List<Refusal> refusals) {
        if ((to == CaseState.DECIDED || to == CaseState.WITHDRAWN) && !caller.hasRole(Roles.SUPERVISOR)) {
            refusals.add(new Refusal("role", "处罚决定和撤销案件由负责人作出 (a supervisor takes this step)"));
        }
    }

    private void needRole(String role, List<Refusal> refusals) {
        if (!caller.hasRole(role)) {
            throw new ApiException(ProblemType.FORBIDDEN, "此项须由 " + role + " 记录 (recorded by the " + role + " role only)");
        }
    }

    private static void inState(EnforcementCase c, List<Refusal> refusals, CaseState... states) {
        for (CaseState s : states) {
            if (c.state == s) {
                return;
            }
        }
        refusals.add(new Refusal("state", "案件处于 " + c.state + "，此项只能在 " + List.of(states) + " 时记录 (not at this step)"));
    }

    private static void needText(EventRequest r, List<Refusal> refusals) {
        if (r.text() == null || r.text().isBlank()) {
            refusals.add(new Refusal("text", "须填写内容 (text is required)"));
        }
    }

    private static Set<PenaltyType> types(String[] names) {
        Set<PenaltyType> types = java.util.EnumSet.noneOf(PenaltyType.class);
        if (names != null) {
            for (String n : names) {
                types.add(PenaltyType.valueOf(n));
            }
        }
        return types;
    }

    private static ApiException refused(CaseState from, CaseState to, List<Refusal> refusals) {
        String detail = from == to ? "此项记录不被允许 (this entry is not allowed now)"
                : "不能从 " + from + " 进入 " + to + " (the procedure does not allow this step now)";
        return new ApiException(ProblemType.PROCEDURE_REFUSED, detail).with("refusals", refusals);
    }
}
