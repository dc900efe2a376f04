package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The working-day calendar (APL Art 85) over the State Council schedules of 2025 and 2026, at random
 * start days and lengths: a period counted forward and back is the same period, and it ends on a
 * working day.
 */
class CalendarProperties {

    static final WorkingDayCalendar CALENDAR = ShippedCalendar.load();

    @Property(tries = 500)
    void addingNWorkingDaysThenCountingThemBackGivesN(@ForAll @IntRange(max = 700) int dayOfSpan,
            @ForAll @IntRange(max = 60) int workingDays) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(dayOfSpan);
        LocalDate end = CALENDAR.addWorkingDays(start, workingDays);
        assertEquals(workingDays, CALENDAR.workingDaysBetween(start, end), start + " + " + workingDays + " = " + end);
        assertTrue(workingDays == 0 || CALENDAR.isWorkingDay(end), end + " is not a working day");
    }
}
