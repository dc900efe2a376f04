package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** APL Art 85: periods of days are working days, on the State Council schedule that ships with the service. */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadShippedSchedule() {
        calendar = ShippedCalendar.load();
    }

    @Test
    void sevenWorkingDaysAfterThe30thOfSeptember2026SkipNationalDayAndCountTheMakeUpSaturday() {
        // 10-01..10-07 off; 10-10 (Saturday) is a make-up working day.
        assertEquals(LocalDate.of(2026, 10, 15), calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7));
    }

    @Test
    void nationalDayHolidayAndItsMakeUpDaysAreClassifiedBySchedule() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 7)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "Sunday 2026-09-20 is a make-up working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "Saturday 2026-10-10 is a make-up working day");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeSpringFestival2026EndOnThe27thOfFebruary() {
        // 02-14 (Saturday) works, 02-15..02-23 off, then 24, 25, 26, 27.
        assertEquals(LocalDate.of(2026, 2, 27), calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5));
    }

    @Test
    void workingDaysAcrossSpringFestival2026CountBothMakeUpSaturdays() {
        // after 02-13 up to 03-02: 02-14, 02-24..02-27, 02-28 (make-up Saturday), 03-02
        assertEquals(7, calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 2)));
        assertEquals(-7, calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 13)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 23)));
    }

    @Test
    void newYear2026MakeUpSundayCounts() {
        // 01-01..01-03 off, 01-04 (Sunday) works.
        assertEquals(LocalDate.of(2026, 1, 4), calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertEquals(LocalDate.of(2026, 10, 3), calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0));
    }

    @Test
    void ninetyCalendarDaysAreNotWorkingDaysButAddWorkingDaysNeverLandsOnADayOff() {
        for (int n = 1; n <= 30; n++) {
            LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 9, 25), n);
            assertTrue(calendar.isWorkingDay(due), "due date " + due + " must be a working day");
        }
    }

    @Test
    void a2027DateFallsBackToWeekendsOnlyAndSaysTheScheduleIsMissing() {
        assertTrue(calendar.isScheduleLoaded(2026));
        assertFalse(calendar.isScheduleLoaded(2027));
        // 2027-01-01 is a Friday: without the 2027 notice it counts as a working day.
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 1, 4), calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 1));
    }

    @Test
    void negativeOrAbsurdPeriodsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), 100_000));
    }
}
