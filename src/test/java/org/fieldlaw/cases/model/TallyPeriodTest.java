package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every day of a report period is counted exactly once: from a whole month's tally, or one case at a time. */
class TallyPeriodTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** The days the period counts from tallies, and those it counts from the cases, over a wide window. */
    private static void assertEveryDayCountedOnce(TallyPeriod p) {
        for (LocalDate day = p.from().minusDays(40); !day.isAfter(p.to().plusDays(40)); day = day.plusDays(1)) {
            LocalDate month = day.withDayOfMonth(1);
            boolean fromTally = !month.isBefore(p.firstMonth()) && !month.isAfter(p.lastMonth());
            boolean fromCases = !day.isBefore(p.from()) && !day.isAfter(p.headEnd()) || !day.isBefore(p.tailStart()) && !day.isAfter(p.to());
            boolean inPeriod = !day.isBefore(p.from()) && !day.isAfter(p.to());
            assertFalse(fromTally && fromCases, day + " counted twice in " + p);
            assertEquals(inPeriod, fromTally || fromCases, day + " in " + p);
        }
    }

    @Test
    void aYearSoFarIsElevenWholeMonthsAndTheDaysOfThisOne() {
        TallyPeriod p = TallyPeriod.of(d("2026-01-01"), d("2026-12-01"));
        assertEquals(d("2026-01-01"), p.firstMonth());
        assertEquals(d("2026-11-01"), p.lastMonth());
        assertTrue(p.headEnd().isBefore(p.from()), "no days before the first whole month");
        assertEquals(d("2026-12-01"), p.tailStart());
        assertEveryDayCountedOnce(p);
    }

    @Test
    void aPeriodInsideOneMonthIsCountedFromTheCasesAlone() {
        TallyPeriod p = TallyPeriod.of(d("2026-03-05"), d("2026-03-20"));
        assertFalse(p.hasWholeMonths());
        assertEveryDayCountedOnce(p);
    }

    @Test
    void everyDayIsCountedOnceWhateverThePeriod() {
        Stream.of("2026-01-01/2026-01-31", "2026-01-31/2026-02-01", "2026-02-01/2026-02-28", "2026-02-15/2026-04-14", "2025-12-31/2026-12-30",
                "2024-02-29/2024-03-01", "2026-06-30/2026-07-31", "2026-05-17/2026-05-17").forEach(text -> {
                    String[] parts = text.split("/");
                    assertEveryDayCountedOnce(TallyPeriod.of(d(parts[0]), d(parts[1])));
                });
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TallyPeriod.of(d("2026-02-02"), d("2026-02-01")));
    }
}
