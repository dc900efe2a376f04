package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** APL Arts 72–73: 3% a day past the due date, capped at the fine, paused during reconsideration or litigation. */
class LatePaymentTest {

    static final LatePayment RULE = LatePayment.statutory();
    static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    @Test
    void nothingIsOwedOnTheDueDate() {
        assertEquals(new BigDecimal("0.00"), RULE.surcharge(new BigDecimal("1000"), DUE, DUE, List.of()));
    }

    @Test
    void threePercentOfTheFineForEachDayLate() {
        assertEquals(new BigDecimal("300.00"), RULE.surcharge(new BigDecimal("1000"), DUE, DUE.plusDays(10), List.of()));
    }

    @Test
    void neverMoreThanTheFineItself() {
        assertEquals(new BigDecimal("1000.00"), RULE.surcharge(new BigDecimal("1000"), DUE, DUE.plusDays(40), List.of()));
    }

    @Test
    void daysOfReconsiderationOrLitigationDoNotCount() {
        // late 20 days, of which 2026-03-06..2026-03-15 (10 days) under reconsideration
        List<LatePayment.Pause> reconsideration = List.of(new LatePayment.Pause(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 15)));
        assertEquals(10, RULE.countedDays(DUE, DUE.plusDays(20), reconsideration));
        assertEquals(new BigDecimal("300.00"), RULE.surcharge(new BigDecimal("1000"), DUE, DUE.plusDays(20), reconsideration));
    }

    @Test
    void reconsiderationAndLitigationThatOverlapPauseEachDayOnce() {
        // APL Art 73: 03-05..03-14 and 03-10..03-19 pause 15 days, not 20; before, 10 days were counted, now 15
        List<LatePayment.Pause> overlapping = List.of(new LatePayment.Pause(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 14)),
                new LatePayment.Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)));
        assertEquals(15, RULE.countedDays(DUE, LocalDate.of(2026, 3, 31), overlapping));
        assertEquals(new BigDecimal("450.00"), RULE.surcharge(new BigDecimal("1000"), DUE, LocalDate.of(2026, 3, 31), overlapping));
        List<LatePayment.Pause> twice = List.of(new LatePayment.Pause(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 14)),
                new LatePayment.Pause(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 14)));
        assertEquals(20, RULE.countedDays(DUE, LocalDate.of(2026, 3, 31), twice), "the same pause entered twice counts once");
    }
}
