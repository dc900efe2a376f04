package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.EventKind;
import org.fieldlaw.cases.CaseDto.EventRequest;
import org.fieldlaw.cases.model.CaseOfficer;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.LatePayment;
import org.fieldlaw.cases.model.ProcedureGates.Refusal;
import org.fieldlaw.cases.model.ProcedureGates;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.common.Versions;
import org.fieldlaw.discretion.DecidedCases;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.security.Roles;

/**
 * Facts recorded on a case without moving it to another step: a defence, a hearing request, a
 * legal reviewer's opinion, collective-discussion minutes, a decision revoked on reconsideration.
 * Each is checked (the same gates the steps use, where the law is the same) and goes on the record.
 */
@ApplicationScoped
public class CaseEvents {

    private final CaseService cases;
    private final CaseSteps steps;
    private final DecidedCases history;
    private final CaseRules rules;
    private final CaseViews views;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Event<DecisionWithdrawn> withdrawn;
    private final CaseConfig config;

    CaseEvents(CaseService cases, CaseSteps steps, DecidedCases history, CaseRules rules, CaseViews views, Caller caller,
            ObjectMapper mapper, Event<DecisionWithdrawn> withdrawn, CaseConfig config) {
        this.config = config;
        this.cases = cases;
        this.steps = steps;
        this.history = history;
        this.rules = rules;
        this.views = views;
        this.caller = caller;
        this.mapper = mapper;
        this.withdrawn = withdrawn;
    }

    public CaseView event(UUID id, long expectedVersion, EventRequest r) {
        RegisteredOfficer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = cases.lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            LocalDate day = steps.day(r.on(), c);
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
                case NOTICE_SERVED -> {
                    inState(c, refusals, CaseState.NOTIFIED);
                    if (c.notifiedOn != null && day.isBefore(c.notifiedOn)) {
                        refusals.add(new Refusal("notice", "送达日期不能早于告知日期 " + c.notifiedOn + " (service cannot precede the notice)"));
                    }
                    if (c.hearingRequestedOn != null || c.defenceMade) {
                        refusals.add(new Refusal("notice", "当事人已对告知作出回应，送达日期不能再改 (the party has already answered the notice)"));
                    }
                    detail.put("previous", c.noticeServedOn);
                    c.noticeServedOn = day;
                }
                case HEARING_REQUEST -> hearingRequest(c, day, refusals);
                case HEARING_NOTICE -> {
                    inState(c, refusals, CaseState.NOTIFIED);
                    if (c.hearingRequestedOn == null) {
                        refusals.add(new Refusal("hearing", "当事人未要求听证 (the party has not asked for a hearing)"));
                    } else if (day.isBefore(c.hearingRequestedOn)) {
                        refusals.add(new Refusal("hearing-notice", "听证通知不能早于听证申请 " + c.hearingRequestedOn));
                    }
                    rules.gates().hearingNoticeLate(day, r.to()).ifPresent(refusals::add);
                    detail.put("hearingOn", r.to());
                    c.hearingNoticedOn = day;
                    c.hearingScheduledOn = r.to();
                }
                case DECISION_EXTENSION -> extension(c, r, day, refusals, detail);
                case DEVIATION_APPROVAL -> {
                    needRole(Roles.SUPERVISOR);
                    if (c.deviationReasons == null || c.deviationReasons.isBlank()) {
                        refusals.add(new Refusal("deviation", "没有须批准的偏离：拟处罚未写明偏离理由 (no deviation with reasons to approve)"));
                    }
                    c.deviationApprovedBy = me.id();
                }
                case LEGAL_REVIEW -> legalReview(c, r, me, day, refusals, detail);
                case COLLECTIVE_DISCUSSION -> {
                    needRole(Roles.SUPERVISOR);
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
                case CASH_COLLECTED -> cash(c, r, day, refusals, detail);
                case CASH_HANDED_IN -> {
                    if (c.cashCollectedOn == null || c.cashHandedInOn != null) {
                        refusals.add(new Refusal("cash", "没有待交的当场收缴罚款 (no cash collected awaiting hand-in)"));
                    } else if (day.isBefore(c.cashCollectedOn)) {
                        refusals.add(new Refusal("cash", "交款日期不能早于收缴日期 " + c.cashCollectedOn));
                    }
                    c.cashHandedInOn = day;
                }
                case ENFORCEMENT_REMINDER -> reminder(c, r, day, refusals);
                case DECISION_REVOKED, DECISION_CHANGED -> followUp = decisionWithdrawn(c, r, day, refusals, detail);
            }
            if (!refusals.isEmpty()) {
                throw CaseSteps.refused(c.state, c.state, refusals);
            }
            steps.finish(c, me, RecordActions.event(r.kind()), detail, r.position());
            if (followUp != null) {
                // after the event itself, so the record reads cause before consequence
                withdrawn.fire(followUp);
            }
            return views.of(c, false);
        });
    }

    private void hearingRequest(EnforcementCase c, LocalDate day, List<Refusal> refusals) {
        inState(c, refusals, CaseState.NOTIFIED);
        ProcedureGates gates = rules.gates();
        if (c.notifiedOn != null && !c.hearingOffered) {
            gates.hearingNotOffered(c.field, c.partyKind, CaseFactsReader.proposed(c)).ifPresent(refusals::add);
        }
        gates.hearingAskedLate(c.noticeServedOn, day).ifPresent(refusals::add);
        c.hearingRequestedOn = day;
    }

    /**
     * APL Art 60 para 2: a supervisor extends the decision period, with reasons, before it runs out,
     * by at most {@code fieldlaw.cases.decision-extension-max-days} at a time.
     */
    private void extension(EnforcementCase c, EventRequest r, LocalDate day, List<Refusal> refusals, Map<String, Object> detail) {
        needRole(Roles.SUPERVISOR);
        inState(c, refusals, CaseState.FILED, CaseState.INVESTIGATING, CaseState.PROPOSED, CaseState.NOTIFIED, CaseState.HEARING,
                CaseState.LEGAL_REVIEW, CaseState.COLLECTIVE_DISCUSSION);
        needText(r, refusals);
        if (c.filedOn == null) {
            return;
        }
        LocalDate due = rules.deadlines().decisionDue(c.filedOn, c.decisionExtendedTo);
        LocalDate furthest = due.plusDays(config.decisionExtensionMaxDays());
        if (day.isAfter(due)) {
            refusals.add(new Refusal("decision-period", "办案期限已于 " + due + " 届满，延长须在届满前批准 (APL Art 60)"));
        }
        if (r.to() == null || !r.to().isAfter(due) || r.to().isAfter(furthest)) {
            refusals.add(new Refusal("decision-period", "须写明延长后的期限 to，晚于 " + due + "，不晚于 " + furthest
                    + " (to must fall after the current last day and within the allowed extension)"));
            return;
        }
        detail.put("previousDue", due);
        detail.put("to", r.to());
        c.decisionExtendedTo = r.to();
    }

    private void legalReview(EnforcementCase c, EventRequest r, RegisteredOfficer me, LocalDate day, List<Refusal> refusals, Map<String, Object> detail) {
        needRole(Roles.LEGAL_REVIEWER);
        inState(c, refusals, CaseState.LEGAL_REVIEW);
        needText(r, refusals);
        if (r.passed() == null) {
            refusals.add(new Refusal("legal-review", "须写明审核是否通过 (passed: true or false)"));
        }
        List<CaseOfficer> officers = CaseOfficerLink.ofCase(c.id).stream()
                .map(l -> new CaseOfficer(l.key.officerId(), null, null, l.investigator)).toList();
        refusals.addAll(ProcedureGates.reviewerRefusals(me.id(), CaseFactsReader.firstReview(me.id(), c.id), me.legalQualification(), officers));
        detail.put("passed", r.passed());
        if (Boolean.TRUE.equals(r.passed())) {
            c.legalReviewPassedOn = day;
            c.legalReviewer = me.id();
        }
    }

    private DecisionWithdrawn decisionWithdrawn(EnforcementCase c, EventRequest r, LocalDate day, List<Refusal> refusals,
            Map<String, Object> detail) {
        needRole(Roles.SUPERVISOR);
        needText(r, refusals);
        if (c.decidedOn == null || c.state == CaseState.NO_PENALTY) {
            refusals.add(new Refusal("state", "本案没有处罚决定 (no penalty decision to revoke or change)"));
        }
        boolean changed = r.kind() == EventKind.DECISION_CHANGED;
        if (changed) {
            if (r.amount() == null) {
                refusals.add(new Refusal("amount", "须写明变更后的罚款数额 (the new fine in amount)"));
            } else {
                detail.put("previousFine", c.decidedFine);
                detail.put("fine", r.amount());
                c.decidedFine = r.amount().signum() == 0 ? null : r.amount().setScale(2);
            }
        }
        if (!refusals.isEmpty()) {
            return null;
        }
        if (!changed) {
            // A revoked decision is as if never made: it no longer counts in the party's history.
            history.revoke(c.id);
        }
        return new DecisionWithdrawn(c.id, day, r.text().trim(), changed);
    }

    /**
     * APL Art 68: on the spot, cash only for a fine of 100 yuan or less, or where collecting it later
     * would be hard (the reason in text); the amount is the decided fine, collected once.
     */
    private void cash(EnforcementCase c, EventRequest r, LocalDate day, List<Refusal> refusals, Map<String, Object> detail) {
        inState(c, refusals, CaseState.DECIDED_ON_THE_SPOT, CaseState.SERVED);
        if (c.procedure != Procedure.ON_THE_SPOT || c.decidedFine == null) {
            refusals.add(new Refusal("cash", "只有当场作出的罚款决定可以当场收缴 (only an on-the-spot fine is collected on the spot)"));
            return;
        }
        if (c.cashCollectedOn != null || c.paidOn != null) {
            refusals.add(new Refusal("cash", "罚款已收缴 (the fine was already paid)"));
        }
        if (r.amount() == null || r.amount().compareTo(c.decidedFine) != 0) {
            refusals.add(new Refusal("cash", "收缴金额须等于决定的罚款 " + c.decidedFine.toPlainString() + " 元 (amount must be the fine)"));
        }
        if (!rules.onTheSpot().cashAllowed(c.decidedFine) && (r.text() == null || r.text().isBlank())) {
            refusals.add(new Refusal("cash", "一百元以上的罚款当场收缴，须写明不当场收缴事后难以执行的理由 (APL Art 68)"));
        }
        detail.put("amount", c.decidedFine);
        c.cashCollectedOn = day;
    }

    /** 行政强制法 Art 54: the written reminder, once the fine is overdue and unpaid. */
    private void reminder(EnforcementCase c, EventRequest r, LocalDate day, List<Refusal> refusals) {
        inState(c, refusals, CaseState.SERVED);
        needText(r, refusals);
        if (c.servedOn != null && c.decidedFine != null && !day.isAfter(rules.deadlines().paymentDue(c.servedOn))) {
            refusals.add(new Refusal("enforcement-reminder", "缴纳期限至 " + rules.deadlines().paymentDue(c.servedOn)
                    + " 尚未届满，不能催告 (the payment period has not run out)"));
        }
        c.reminderServedOn = day;
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
        c.paymentPauses = StoredJson.write(mapper, pauses);
        detail.put("from", r.from());
        detail.put("to", r.to());
    }

    private void needRole(String role) {
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
}
