package org.fieldlaw.patrols.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 边执法边违建: progress on a site that must not be built on, read from the visits (Planning Law Art 68). */
class ContinuedBuildingTest {

    private static final ContinuedBuilding RULE = new ContinuedBuilding(ContinuedBuilding.Tolerance.defaults());
    private static final LocalDate DAY = LocalDate.of(2026, 4, 10);

    private static Observation seen(Integer floors, String area, String height, boolean building) {
        return new Observation(Instant.parse("2026-04-01T02:00:00Z"), floors, area == null ? null : new BigDecimal(area),
                height == null ? null : new BigDecimal(height), building, false);
    }

    private static Optional<ContinuedBuilding.Alarm> underStopOrder(Observation before, Observation after) {
        return RULE.check(SiteStatus.STOP_ORDER_ISSUED, null, DAY, before, after);
    }

    @Test
    void anAddedFloorUnderAStopOrderRaisesTheAlarm() {
        Optional<ContinuedBuilding.Alarm> alarm = underStopOrder(seen(2, "120", "6.5", false), seen(3, "120", "9.4", false));
        assertTrue(alarm.isPresent());
        assertEquals(2, alarm.get().signs().size(), alarm.get().signs().toString());
        assertTrue(alarm.get().signs().get(0).contains("more floors"));
    }

    @Test
    void moreAreaBeyondTheToleranceRaisesTheAlarm() {
        assertTrue(underStopOrder(seen(2, "120", null, false), seen(2, "131", null, false)).isPresent());
    }

    @Test
    void measurementNoiseWithinTheToleranceDoesNot() {
        // 5% of 120 m² is 6 m²; 0.3 m of height
        assertTrue(underStopOrder(seen(2, "120", "6.5", false), seen(2, "125.5", "6.7", false)).isEmpty());
        // a small shed: the 2 m² floor applies, not 5% of 20
        assertTrue(underStopOrder(seen(1, "20", null, false), seen(1, "21.8", null, false)).isEmpty());
        assertTrue(underStopOrder(seen(1, "20", null, false), seen(1, "22.5", null, false)).isPresent());
    }

    @Test
    void workGoingOnWhereItHadStoppedRaisesTheAlarmWithoutAnyMeasurement() {
        List<String> signs = underStopOrder(seen(null, null, null, false), seen(null, null, null, true)).orElseThrow().signs();
        assertEquals(1, signs.size());
        assertTrue(signs.get(0).contains("where it had stopped"));
    }

    @Test
    void noProgressIsNoAlarm() {
        assertTrue(underStopOrder(seen(2, "120", "6.5", false), seen(2, "120", "6.5", false)).isEmpty());
        assertTrue(underStopOrder(seen(2, "120", "6.5", false), seen(null, null, null, false)).isEmpty(), "nothing measured, nothing going on");
    }

    @Test
    void demolitionInProgressIsNotContinuedBuilding() {
        Observation tearingDown = new Observation(Instant.parse("2026-04-08T02:00:00Z"), 2, new BigDecimal("126"), null, true, true);
        assertTrue(underStopOrder(seen(2, "120", null, false), tearingDown).isEmpty());
    }

    @Test
    void aCorrectionOrderRestrainsOnlyAfterItsDeadline() {
        Observation before = seen(2, "120", null, false);
        Observation after = seen(3, "150", null, true);
        assertTrue(RULE.check(SiteStatus.CORRECTION_ORDERED, DAY, DAY, before, after).isEmpty(), "on the deadline itself");
        assertTrue(RULE.check(SiteStatus.CORRECTION_ORDERED, DAY, DAY.plusDays(1), before, after).isPresent());
        assertTrue(RULE.check(SiteStatus.DEMOLITION_ORDERED, DAY, DAY.plusDays(1), before, after).isPresent());
    }

    @Test
    void aSuspectedSiteRaisesNoAlarmHoweverItGrows() {
        assertTrue(RULE.check(SiteStatus.SUSPECTED, null, DAY, seen(1, "50", null, true), seen(3, "150", null, true)).isEmpty());
        assertTrue(RULE.check(SiteStatus.SEALED, null, DAY, seen(1, "50", null, false), seen(2, "50", null, false)).isPresent());
    }

    @Test
    void buildingBeforeACorrectionOrDemolitionDeadlineIsStillAlarmedWhileTheStopOrderStands() {
        // Planning Law Arts 64, 68: before, an order with a deadline hid the stop order that preceded it until the deadline passed
        Observation before = seen(2, "120", null, false);
        Observation grown = seen(3, "150", null, true);
        assertTrue(RULE.check(SiteStatus.CORRECTION_ORDERED, DAY.plusDays(30), false, DAY, before, grown).isEmpty(),
                "no stop order: building before the deadline is the party's time to correct");
        assertTrue(RULE.check(SiteStatus.CORRECTION_ORDERED, DAY.plusDays(30), true, DAY, before, grown).isPresent());
        assertTrue(RULE.check(SiteStatus.DEMOLITION_ORDERED, DAY.plusDays(30), true, DAY, before, grown).isPresent());
        assertTrue(RULE.check(SiteStatus.DEMOLITION_ORDERED, DAY.plusDays(30), true, DAY, seen(2, "120", null, true), seen(2, "120", null, true))
                .orElseThrow().signs().get(0).contains("stop order"), "work going on under the standing stop order");
    }

    @Test
    void aStopOrderStandsThroughTheOrdersAfterItAndIsLiftedByTheEndOfTheMatter() {
        LocalDate issued = LocalDate.of(2026, 9, 1);
        assertEquals(issued, SiteStatus.stopOrderAfter(SiteStatus.STOP_ORDER_ISSUED, null, issued));
        assertEquals(issued, SiteStatus.stopOrderAfter(SiteStatus.DEMOLITION_ORDERED, issued, LocalDate.of(2026, 10, 1)));
        assertEquals(issued, SiteStatus.stopOrderAfter(SiteStatus.SEALED, issued, LocalDate.of(2026, 10, 1)));
        assertNull(SiteStatus.stopOrderAfter(SiteStatus.DEMOLISHED, issued, LocalDate.of(2026, 10, 1)));
        assertNull(SiteStatus.stopOrderAfter(SiteStatus.CORRECTION_ORDERED, null, LocalDate.of(2026, 10, 1)), "no stop order was issued");
    }
}
