package org.fieldlaw.discretion.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment.NoPenaltyReason;
import org.junit.jupiter.api.Test;

/** APL Art 36: 2 years (5 where life, health or financial security is harmed), from the end of a continuing act. */
class LimitationTest {

    static final DiscretionEngine ENGINE = new DiscretionEngine(EngineSettings.defaults());
    static final Baseline CITY = SampleBaselines.city();

    static Assessment assess(String violation, LocalDate act, LocalDate end, boolean continuing, LocalDate discovered) {
        return ENGINE.assess(new AssessmentRequest(violation, act, end, continuing, discovered, discovered,
                Party.person(SampleBaselines.ADULT), Set.of(), Map.of(SampleBaselines.CONSTRUCTION_COST, Money.yuan(100_000)),
                new PartyHistory(1, 1)), CITY);
    }

    @Test
    void discoveredOnTheLastDayOfTwoYearsIsStillPunishable() {
        assertNull(assess(SampleBaselines.POSTERS, LocalDate.of(2023, 5, 10), null, false, LocalDate.of(2025, 5, 10)).noPenaltyReason());
    }

    @Test
    void discoveredTheDayAfterTwoYearsIsNoLongerPunishable() {
        assertEquals(NoPenaltyReason.LIMITATION_PASSED,
                assess(SampleBaselines.POSTERS, LocalDate.of(2023, 5, 10), null, false, LocalDate.of(2025, 5, 11)).noPenaltyReason());
    }

    @Test
    void harmToFinancialSecurityExtendsTheLimitToFiveYears() {
        assertNull(assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false, LocalDate.of(2026, 5, 10)).noPenaltyReason());
        assertEquals(NoPenaltyReason.LIMITATION_PASSED,
                assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false, LocalDate.of(2026, 5, 11)).noPenaltyReason());
    }

    @Test
    void aContinuingBuildingCountsFromTheDayTheWorkEnded() {
        // begun in 2020, finished 2024-06-01, found 2026-05-31: within two years of the end
        assertNull(assess(SampleBaselines.ART64, LocalDate.of(2020, 3, 1), LocalDate.of(2024, 6, 1), true,
                LocalDate.of(2026, 5, 31)).noPenaltyReason());
        assertEquals(NoPenaltyReason.LIMITATION_PASSED, assess(SampleBaselines.ART64, LocalDate.of(2020, 3, 1),
                LocalDate.of(2024, 6, 1), true, LocalDate.of(2026, 6, 2)).noPenaltyReason());
    }

    @Test
    void aBuildingStillGoingUpHasNoLimitationRunning() {
        assertNull(assess(SampleBaselines.ART64, LocalDate.of(2015, 3, 1), null, true, LocalDate.of(2026, 6, 2)).noPenaltyReason());
    }
}
