package org.fieldlaw.cases;

import static org.fieldlaw.cases.CaseDocuments.DAY;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.DocumentDto.ServiceView;
import org.fieldlaw.documents.model.ChineseAmount;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordVerifier;

/**
 * What the documents of the procedure's other steps say beyond the common facts: the filing approval (立案审批表),
 * the hearing notice (听证通知书), the proof of service (送达回证) and the payment reminder (催告书).
 */
@ApplicationScoped
class ProcedureDocumentFacts {

    private final RecordVerifier records;
    private final AgencyRegister register;
    private final CaseViews views;
    private final CaseRules rules;

    ProcedureDocumentFacts(RecordVerifier records, AgencyRegister register, CaseViews views, CaseRules rules) {
        this.records = records;
        this.register = register;
        this.views = views;
        this.rules = rules;
    }

    /** APL Art 54: who approved the filing, read from the record's line of the step, and how the case came in. */
    void filing(EnforcementCase c, Map<String, Object> data) {
        data.put("caseNumber", c.caseNumber);
        data.put("source", switch (c.source) {
            case PATROL -> "巡查发现";
            case COMPLAINT -> "投诉举报";
            case REFERRAL -> "上级交办或者其他机关移送";
            case INSPECTION -> "监督检查发现";
        });
        data.put("filedOn", DAY.format(c.filedOn));
        data.put("filedBy", records.entries(c.id).stream().filter(e -> e.action().equals(RecordActions.step(org.fieldlaw.cases.model.CaseState.FILED)))
                .map(e -> e.actorName()).reduce((first, later) -> later).orElse(""));
    }

    /** APL Arts 63–64: the day asked, the day set, the chair (never an investigator), the notice it answers. */
    void hearing(EnforcementCase c, Map<String, Object> data) {
        data.put("hearingOn", DAY.format(c.hearingScheduledOn));
        data.put("hearingRequestedOn", c.hearingRequestedOn == null ? "" : DAY.format(c.hearingRequestedOn));
        data.put("noticeNumber", c.noticeWaived || c.notifiedOn == null ? "" : CaseDocumentKind.PRIOR_NOTICE.number(c.caseNumber));
        data.put("chair", c.hearingChair == null ? "" : register.officer(c.hearingChair).map(RegisteredOfficer::name).orElse(""));
    }

    /** The served document and its service as recorded. */
    void service(DocumentView served, Map<String, Object> data) {
        ServiceView s = served.service();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("title", served.title());
        facts.put("number", served.number());
        facts.put("method", s.methodName());
        facts.put("servedOn", DAY.format(s.servedOn()));
        facts.put("recipient", s.recipient());
        facts.put("place", s.place() == null ? "" : s.place());
        facts.put("witness", s.witness() == null ? "" : s.witness());
        facts.put("consentReference", s.consentReference() == null ? "" : s.consentReference());
        data.put("served", facts);
        data.put("serverNames", s.recordedByName());
    }

    /** 行政强制法 Arts 35, 54 and APL Art 72: the decision, the period that ran out, the surcharge so far (Art 73's pauses left out). */
    void reminder(EnforcementCase c, LocalDate dated, Map<String, Object> data) {
        LocalDate due = rules.deadlines().paymentDue(c.servedOn);
        data.put("decisionNumber", (c.procedure == Procedure.ON_THE_SPOT ? CaseDocumentKind.ON_THE_SPOT_DECISION : CaseDocumentKind.PENALTY_DECISION)
                .number(c.caseNumber));
        data.put("decidedOn", DAY.format(c.decidedOn));
        data.put("decisionServedOn", DAY.format(c.servedOn));
        data.put("paymentDue", DAY.format(due));
        BigDecimal surcharge = rules.latePayment().surcharge(c.decidedFine, due, dated, views.pauses(c.paymentPauses));
        boolean owed = surcharge != null && surcharge.signum() > 0;
        data.put("surcharge", owed ? surcharge.stripTrailingZeros().toPlainString() : "");
        data.put("surchargeCapitals", owed ? ChineseAmount.of(surcharge) : "");
        data.put("answerDays", "十");
    }
}
