package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    // 2026 National Day: 1–7 October off, Saturday 10 October a make-up working day
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY), Set.of(2026));
    private static final DueDates DUE = new DueDates(new CaseDeadlines(CALENDAR));

    private static DueDates.Dates dates(CaseState state, String filed, String decided, String served, String paid, boolean fined) {
        return new DueDates.Dates(state, day(filed), null, day(decided), day(served), day(paid), fined, null, null, null, null);
    }

    private static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Test
    void aFiledCaseMustBeDecidedWithinNinetyDays() {
        List<DueDates.Deadline> open = DUE.of(dates(CaseState.INVESTIGATING, "2026-09-10", null, null, null, false));
        assertEquals(1, open.size());
        assertEquals(LocalDate.of(2026, 12, 9), open.get(0).due());
        assertTrue(open.get(0).open());
    }

    @Test
    void serviceIsDueSevenWorkingDaysAfterTheDecisionAcrossTheHoliday() {
        DueDates.Dates decided = dates(CaseState.DECIDED, "2026-09-10", "2026-09-30", null, null, true);
        DueDates.Deadline service = DUE.next(decided).orElseThrow();
        assertEquals(DueDates.Kind.SERVICE, service.kind());
        assertEquals(LocalDate.of(2026, 10, 15), service.due());
        assertTrue(service.overdueOn(LocalDate.of(2026, 10, 16)));
        assertFalse(service.overdueOn(LocalDate.of(2026, 10, 15)));
    }

    @Test
    void paymentIsDueFifteenDaysAfterServiceOnlyWhenThereIsAFine() {
        DueDates.Dates served = dates(CaseState.SERVED, "2026-09-10", "2026-09-30", "2026-10-09", null, true);
        assertEquals(LocalDate.of(2026, 10, 26), DUE.next(served).orElseThrow().due(), "10-24 is a Saturday (Civil Code Art 203)");
        DueDates.Dates warned = dates(CaseState.SERVED, "2026-09-10", "2026-09-30", "2026-10-09", null, false);
        assertTrue(DUE.next(warned).isEmpty());
    }

    @Test
    void aMetDeadlineIsNoLongerOpenButAMissOneStaysOnRecord() {
        DueDates.Dates paidLate = dates(CaseState.PAID, "2026-09-10", "2026-09-30", "2026-10-16", "2026-10-20", true);
        DueDates.Deadline service = DUE.of(paidLate).stream().filter(d -> d.kind() == DueDates.Kind.SERVICE).findFirst().orElseThrow();
        assertFalse(service.open());
        assertTrue(service.overdueOn(LocalDate.of(2026, 11, 1)), "served a day late");
        assertTrue(DUE.next(paidLate).isEmpty());
    }

    @Test
    void preservedEvidenceNeedsADecisionWithinSevenWorkingDays() {
        DueDates.Dates d = new DueDates.Dates(CaseState.INVESTIGATING, LocalDate.of(2026, 9, 28), null, null, null, null, false,
                LocalDate.of(2026, 9, 29), null, null, null);
        assertEquals(new DueDates.Deadline(DueDates.Kind.PRESERVATION, LocalDate.of(2026, 10, 14), null), DUE.next(d).orElseThrow());
    }

    @Test
    void aClosedOrEndedCaseShowsNoOpenDeadline() {
        // before, a case closed after enforcement still showed the 15-day payment as open
        assertTrue(DUE.of(dates(CaseState.CLOSED, "2026-09-10", "2026-09-30", "2026-10-09", null, true)).stream().noneMatch(DueDates.Deadline::open));
        assertTrue(DUE.next(dates(CaseState.WITHDRAWN, "2026-09-10", null, null, null, false)).isEmpty());
        assertTrue(DUE.next(dates(CaseState.TRANSFERRED, "2026-09-10", null, null, null, false)).isEmpty());
        List<DueDates.Deadline> history = DUE.of(dates(CaseState.CLOSED, "2026-09-10", "2026-09-30", "2026-10-16", "2026-10-20", true));
        assertEquals(3, history.size(), "met deadlines stay as history: " + history);
    }

    @Test
    void anExtensionMovesTheDecisionDeadline() {
        DueDates.Dates extended = new DueDates.Dates(CaseState.INVESTIGATING, LocalDate.of(2026, 9, 10), LocalDate.of(2027, 1, 8), null, null,
                null, false, null, null, null, null);
        assertEquals(LocalDate.of(2027, 1, 8), DUE.next(extended).orElseThrow().due());
    }

    @Test
    void cashCollectedOnTheSpotIsDueAtTheAgencyInTwoWorkingDays() {
        // APL Art 71: collected Wednesday 09-30, the next two working days are 10-08 and 10-09 (1-7 October off)
        DueDates.Dates cash = new DueDates.Dates(CaseState.SERVED, null, null, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), null,
                true, null, null, LocalDate.of(2026, 9, 30), null);
        assertTrue(DUE.of(cash).contains(new DueDates.Deadline(DueDates.Kind.CASH_HAND_IN, LocalDate.of(2026, 10, 9), null)));
    }
}
