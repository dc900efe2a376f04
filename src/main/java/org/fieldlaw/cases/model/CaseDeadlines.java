package org.fieldlaw.cases.model;

import java.time.LocalDate;
import org.fieldlaw.agency.model.WorkingDayCalendar;

/**
 * The legal periods of a penalty case. APL Art 85: the 2-, 3-, 5- and 7-day periods count
 * working days. Periods in days, months or years (the 90-day decision, the 15-day payment, the
 * party's 60 days for reconsideration and 6 months for litigation) count calendar days, and one
 * whose last day is a day off ends on the next working day (Civil Code Art 203).
 */
public final class CaseDeadlines {

    /** Common practice gives the party five working days to state and defend (e.g. 市场监督管理行政处罚程序规定 Art 59). */
    public static final int DEFENCE_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;
    private final int defenceWorkingDays;

    public CaseDeadlines(WorkingDayCalendar calendar) {
        this(calendar, DEFENCE_WORKING_DAYS);
    }

    public CaseDeadlines(WorkingDayCalendar calendar, int defenceWorkingDays) {
        this.calendar = calendar;
        this.defenceWorkingDays = defenceWorkingDays;
    }

    /** APL Arts 44, 62: the party states and defends within this many working days of being served the notice. */
    public LocalDate defenceDue(LocalDate noticeServedOn) {
        return calendar.addWorkingDays(noticeServedOn, defenceWorkingDays);
    }

    /**
     * The last day on which the party may still answer the notice: the defence period, and where a
     * hearing was offered the 5-working-day hearing window, whichever ends later. No decision before
     * the day after it, unless the party waived in writing.
     */
    public LocalDate noticeWindowCloses(Notice notice) {
        LocalDate defence = defenceDue(notice.servedOn());
        if (!notice.hearingOffered()) {
            return defence;
        }
        LocalDate hearing = hearingRequestDue(notice.servedOn());
        return hearing.isAfter(defence) ? hearing : defence;
    }

    /** APL Art 60: decide within 90 days of filing (立案). */
    public LocalDate decisionDue(LocalDate filedOn) {
        return calendar.periodEnd(filedOn.plusDays(90));
    }

    /** APL Art 60 para 2: the decision period as a supervisor extended it, where one did. */
    public LocalDate decisionDue(LocalDate filedOn, LocalDate extendedTo) {
        return extendedTo != null ? extendedTo : decisionDue(filedOn);
    }

    /** APL Art 61: serve the decision within 7 (working) days if not served on the spot. */
    public LocalDate serviceDue(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, 7);
    }

    /** APL Art 67: pay within 15 days of service. */
    public LocalDate paymentDue(LocalDate servedOn) {
        return calendar.periodEnd(servedOn.plusDays(15));
    }

    /** 行政复议法 (Administrative Reconsideration Law, 2023) Art 20: 60 days from knowing of the decision. */
    public LocalDate reconsiderationDue(LocalDate servedOn) {
        return calendar.periodEnd(servedOn.plusDays(60));
    }

    /** 行政诉讼法 (Administrative Litigation Law) Art 46: 6 months from knowing of the decision. */
    public LocalDate litigationDue(LocalDate servedOn) {
        return calendar.periodEnd(servedOn.plusMonths(6));
    }

    /** APL Art 56: evidence registered for preservation needs a disposal decision within 7 (working) days. */
    public LocalDate preservationDisposalDue(LocalDate registeredOn) {
        return calendar.addWorkingDays(registeredOn, 7);
    }

    /** APL Art 64: the party may ask for a hearing within 5 (working) days of being served the notice. */
    public LocalDate hearingRequestDue(LocalDate noticeServedOn) {
        return calendar.addWorkingDays(noticeServedOn, 5);
    }

    /** APL Art 64: the hearing is announced at least 7 (working) days ahead. */
    public boolean hearingNoticeInTime(LocalDate announcedOn, LocalDate hearingOn) {
        return calendar.workingDaysBetween(announcedOn, hearingOn) >= 7;
    }

    /**
     * 行政强制法 (Administrative Compulsion Law) Art 54: enforcement may be sought once ten days have
     * passed since the reminder was served; Art 69: periods of ten days or less are working days.
     */
    public LocalDate reminderAnswerDue(LocalDate reminderServedOn) {
        return calendar.addWorkingDays(reminderServedOn, 10);
    }

    /** APL Art 71: cash collected on the spot is handed in within 2 (working) days. */
    public LocalDate cashHandInDue(LocalDate collectedOn) {
        return calendar.addWorkingDays(collectedOn, 2);
    }

    /** 国办发〔2018〕118号: penalty decisions are published within 7 working days. */
    public LocalDate publicationDue(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, 7);
    }
}
