package org.fieldlaw.patrols.model;

import java.time.LocalDate;
import org.fieldlaw.agency.model.WorkingDayCalendar;

/** A site under a stop order is visited again every few working days (default 3) until the order is lifted. */
public final class Reinspection {

    private final WorkingDayCalendar calendar;
    private final int everyWorkingDays;

    public Reinspection(WorkingDayCalendar calendar, int everyWorkingDays) {
        if (everyWorkingDays < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        this.calendar = calendar;
        this.everyWorkingDays = everyWorkingDays;
    }

    /** The day the next visit is due after a visit (or the order) on {@code last}; null when the site needs none. */
    public LocalDate nextDue(SiteStatus status, LocalDate last) {
        if (!(status.restrained() || status.restrainedAfterDeadline())) {
            return null;
        }
        return calendar.addWorkingDays(last, everyWorkingDays);
    }
}
