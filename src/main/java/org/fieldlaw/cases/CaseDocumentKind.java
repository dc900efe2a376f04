package org.fieldlaw.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The enforcement documents (执法文书) a case issues, each with its template, its title, the mark its
 * number carries beside the case number's, and the step of the procedure from which it exists.
 */
public enum CaseDocumentKind {

    /** APL Art 54: the officers propose and the head approves filing the case. */
    FILING_APPROVAL("filing-approval", "立案审批表", "立", c -> c.filedOn != null && c.caseNumber != null,
            "案件尚未立案，不能出具立案审批表 (the case is not filed)"),
    /** APL Arts 44–45 (and 63–64 where a hearing applies): issued when the proposed penalty is notified. */
    PRIOR_NOTICE("prior-notice", "行政处罚事先告知书", "告", c -> c.notifiedOn != null && !c.noticeWaived,
            "尚未告知拟作出的行政处罚，不能出具事先告知书 (the proposed penalty has not been notified)"),
    /** APL Art 64: the time and place of the hearing, at least seven days ahead, with the party's rights at it. */
    HEARING_NOTICE("hearing-notice", "听证通知书", "听", c -> c.hearingNoticedOn != null && c.hearingScheduledOn != null,
            "尚未确定听证日期，不能出具听证通知书 (no hearing scheduled)"),
    /** APL Art 59: once the penalty is decided under the general procedure. */
    PENALTY_DECISION("penalty-decision", "行政处罚决定书", "", c -> c.procedure == Procedure.GENERAL && c.decidedOn != null && c.decidedTypes != null,
            "尚未作出行政处罚决定，不能出具行政处罚决定书 (no penalty decision under the general procedure yet)"),
    /** APL Arts 30, 33, 36, 57: a decision not to penalise, with its reason and the education given. */
    NO_PENALTY_DECISION("no-penalty-decision", "不予行政处罚决定书", "不罚", c -> c.decidedOn != null && c.decidedTypes == null,
            "尚未作出不予行政处罚的决定 (no decision not to penalise)"),
    /** APL Art 52: handed to the party on the spot, printed on the officer's portable printer (A4 or a 80/58 mm roll). */
    ON_THE_SPOT_DECISION("on-the-spot-decision", "当场行政处罚决定书", "", c -> c.procedure == Procedure.ON_THE_SPOT && c.decidedOn != null
            && c.decidedTypes != null, "尚未当场作出行政处罚决定 (no on-the-spot decision)"),
    /** 送达回证: the proof that another document was served; it names that document (its subject). */
    PROOF_OF_SERVICE("proof-of-service", "送达回证", "送", c -> c.caseNumber != null, "案件尚未立案 (the case is not filed)"),
    /**
     * 行政强制法 Arts 35, 54: before asking the court to enforce an unpaid fine, the written reminder; from the day
     * after the payment period ends (APL Art 67), which {@code CaseDocuments} checks against the calendar.
     */
    PAYMENT_REMINDER("payment-reminder", "催告书", "催", c -> c.decidedFine != null && c.decidedFine.signum() > 0 && c.servedOn != null
            && c.paidOn == null, "罚款尚未送达或已缴纳，不能催告 (no unpaid fine served)");

    private final String template;
    private final String title;
    private final String mark;
    private final Predicate<EnforcementCase> exists;
    private final String notYet;

    CaseDocumentKind(String template, String title, String mark, Predicate<EnforcementCase> exists, String notYet) {
        this.template = template;
        this.title = title;
        this.mark = mark;
        this.exists = exists;
        this.notYet = notYet;
    }

    public String template() {
        return template;
    }

    public String title() {
        return title;
    }

    /** Whether the case has reached the step this document belongs to. */
    boolean existsFor(EnforcementCase c) {
        return exists.test(c);
    }

    String notYet() {
        return notYet;
    }

    /**
     * The document's number, from the case number: the decision carries the case's own (江蓬白综执罚〔2026〕12号),
     * the others add their mark before the year (江蓬白综执罚告〔2026〕12号).
     */
    String number(String caseNumber) {
        int year = caseNumber.indexOf('〔');
        return mark.isEmpty() || year < 0 ? caseNumber : caseNumber.substring(0, year) + mark + caseNumber.substring(year);
    }

    /** Whether it is about another issued document, named as its subject. */
    public boolean aboutAnotherDocument() {
        return this == PROOF_OF_SERVICE;
    }

    /** Whether it is printed in the field on a roll as well as on A4. */
    public boolean printedOnARoll() {
        return this == ON_THE_SPOT_DECISION;
    }

    public static Optional<CaseDocumentKind> ofTemplate(String template) {
        return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
    }
}
