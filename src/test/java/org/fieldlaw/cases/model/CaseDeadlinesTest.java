package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.fieldlaw.agency.model.ShippedCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * APL Art 85: 2-, 3-, 5- and 7-day periods are working days; 15 and 90 days are calendar days, and a
 * period in days or months whose last day is a day off ends on the next working day (Civil Code Art 203).
 */
class CaseDeadlinesTest {

    static CaseDeadlines deadlines;

    @BeforeAll
    static void shippedCalendar() {
        deadlines = new CaseDeadlines(ShippedCalendar.load());
    }

    @Test
    void aDecisionOfTheEveOfNationalDayIsServedBy15October() {
        assertEquals(LocalDate.of(2026, 10, 15), deadlines.serviceDue(LocalDate.of(2026, 9, 30)));
        assertEquals(LocalDate.of(2026, 10, 15), deadlines.publicationDue(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void decisionWithinNinetyCalendarDaysOfFiling() {
        assertEquals(LocalDate.of(2026, 4, 30), deadlines.decisionDue(LocalDate.of(2026, 1, 30)));
    }

    @Test
    void aNinetyDayPeriodEndingOnLabourDayEndsOnTheFirstWorkingDayAfterTheHoliday() {
        // Civil Code Art 203: 90 days from 2026-01-31 is 05-01, inside the 05-01..05-05 holiday; before, 05-01
        assertEquals(LocalDate.of(2026, 5, 6), deadlines.decisionDue(LocalDate.of(2026, 1, 31)));
    }

    @Test
    void paymentWithinFifteenCalendarDaysEvenOverSpringFestival() {
        assertEquals(LocalDate.of(2026, 2, 27), deadlines.paymentDue(LocalDate.of(2026, 2, 12)));
    }

    @Test
    void aPaymentPeriodEndingOnASaturdayOrNationalDayEndsOnTheNextWorkingDay() {
        // Civil Code Art 203: before, 10-24 (a Saturday) and 10-01 (National Day)
        assertEquals(LocalDate.of(2026, 10, 26), deadlines.paymentDue(LocalDate.of(2026, 10, 9)));
        assertEquals(LocalDate.of(2026, 10, 8), deadlines.paymentDue(LocalDate.of(2026, 9, 16)));
        assertEquals(LocalDate.of(2026, 10, 10), deadlines.paymentDue(LocalDate.of(2026, 9, 25)), "a make-up Saturday is a working day");
    }

    @Test
    void thePartysSixtyDaysForReconsiderationAndSixMonthsForLitigationFollowTheSameRule() {
        assertEquals(LocalDate.of(2026, 10, 8), deadlines.reconsiderationDue(LocalDate.of(2026, 8, 2)));
        assertEquals(LocalDate.of(2026, 10, 8), deadlines.litigationDue(LocalDate.of(2026, 4, 2)));
        assertEquals(LocalDate.of(2026, 9, 30), deadlines.litigationDue(LocalDate.of(2026, 3, 30)));
    }

    @Test
    void workingDayPeriodsAreNotMovedByArticle203() {
        // 7 working days from 2026-09-30 end on a working day by construction
        assertEquals(LocalDate.of(2026, 10, 15), deadlines.serviceDue(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void hearingRequestWindowIsFiveWorkingDays() {
        // notified Friday 2026-02-13: 02-14 (make-up Saturday), then 02-24..02-27
        assertEquals(LocalDate.of(2026, 2, 27), deadlines.hearingRequestDue(LocalDate.of(2026, 2, 13)));
    }

    @Test
    void aHearingIsAnnouncedAtLeastSevenWorkingDaysAhead() {
        assertTrue(deadlines.hearingNoticeInTime(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15)));
        assertFalse(deadlines.hearingNoticeInTime(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 14)));
    }

    @Test
    void enforcementWaitsTenWorkingDaysAfterTheReminder() {
        // Administrative Compulsion Law Arts 54, 69: served Monday 09-28, across National Day and the make-up Saturday
        assertEquals(LocalDate.of(2026, 10, 16), deadlines.reminderAnswerDue(LocalDate.of(2026, 9, 28)));
    }

    @Test
    void cashIsHandedInWithinTwoWorkingDays() {
        assertEquals(LocalDate.of(2026, 10, 9), deadlines.cashHandInDue(LocalDate.of(2026, 9, 30)));
    }
}
