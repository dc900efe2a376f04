package org.fieldlaw.patrols.model;

import java.time.LocalDate;
import org.fieldlaw.agency.model.WorkingDayCalendar;

/**
 * A supervisor's assignment: the area is patrolled at least every N working days. The next patrol
 * is due N working days after the last one began, or after the assignment was made when there has
 * been none yet.
 */
public final class PatrolSchedule {

    private final WorkingDayCalendar calendar;

    public PatrolSchedule(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate nextDue(int everyWorkingDays, LocalDate assignedOn, LocalDate lastPatrol) {
        if (everyWorkingDays < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        LocalDate from = lastPatrol == null || lastPatrol.isBefore(assignedOn) ? assignedOn : lastPatrol;
        return calendar.addWorkingDays(from, everyWorkingDays);
    }

    public boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }
}
