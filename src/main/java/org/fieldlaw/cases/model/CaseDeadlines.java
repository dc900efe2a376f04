package org.fieldlaw.cases.model;

import java.time.LocalDate;
import org.fieldlaw.agency.model.WorkingDayCalendar;

/**
 * The legal periods of a penalty case. APL Art 85: the 2-, 3-, 5- and 7-day periods count
 * working days; the 15-day payment period and the 90-day decision period count calendar days.
 */
public final class CaseDeadlines {

    private final WorkingDayCalendar calendar;

    public CaseDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** APL Art 60: decide within 90 days of filing (立案). */
    public LocalDate decisionDue(LocalDate filedOn) {
        return filedOn.plusDays(90);
    }

    /** APL Art 61: serve the decision within 7 (working) days if not served on the spot. */
    public LocalDate serviceDue(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, 7);
    }

    /** APL Art 67: pay within 15 days of service. */
    public LocalDate paymentDue(LocalDate servedOn) {
        return servedOn.plusDays(15);
    }

    /** APL Art 56: evidence registered for preservation needs a disposal decision within 7 (working) days. */
    public LocalDate preservationDisposalDue(LocalDate registeredOn) {
        return calendar.addWorkingDays(registeredOn, 7);
    }

    /** APL Art 64: the party may ask for a hearing within 5 (working) days of the notice. */
    public LocalDate hearingRequestDue(LocalDate notifiedOn) {
        return calendar.addWorkingDays(notifiedOn, 5);
    }

    /** APL Art 64: the hearing is announced at least 7 (working) days ahead. */
    public boolean hearingNoticeInTime(LocalDate announcedOn, LocalDate hearingOn) {
        return calendar.workingDaysBetween(announcedOn, hearingOn) >= 7;
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
