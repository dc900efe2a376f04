package org.fieldlaw.discretion.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment.NoPenaltyReason;
import org.junit.jupiter.api.Test;

/** APL Art 36: 2 years (5 where life, health or financial security is harmed), from the end of a continuing act. */
class LimitationTest {

    static final DiscretionEngine ENGINE = new DiscretionEngine(EngineSettings.defaults());
    static final Baseline CITY = SampleBaselines.city();

    static Assessment assess(String violation, LocalDate act, LocalDate end, boolean continuing, LocalDate discovered) {
        return assess(violation, act, end, continuing, discovered, Set.of());
    }

    static Assessment assess(String violation, LocalDate act, LocalDate end, boolean continuing, LocalDate discovered, Set<String> circumstances) {
        return ENGINE.assess(request(violation, act, end, continuing, discovered, circumstances), CITY);
    }

    static AssessmentRequest request(String violation, LocalDate act, LocalDate end, boolean continuing, LocalDate discovered,
            Set<String> circumstances) {
        return new AssessmentRequest(violation, act, end, continuing, discovered, discovered,
                Party.person(SampleBaselines.ADULT), circumstances, Map.of(SampleBaselines.CONSTRUCTION_COST, Money.yuan(100_000)),
                new PartyHistory(1, 1));
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
        Set<String> harm = Set.of(Circumstances.HARMFUL_CONSEQUENCES);
        assertNull(assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false, LocalDate.of(2026, 5, 10), harm)
                .noPenaltyReason());
        assertEquals(NoPenaltyReason.LIMITATION_PASSED,
                assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false, LocalDate.of(2026, 5, 11), harm).noPenaltyReason());
    }

    @Test
    void theFiveYearsNeedHarmfulConsequencesInTheCaseNotOnlyAViolationThatTouchesSafety() {
        // APL Art 36 "且有危害后果": before, the violation's flag alone gave five years
        assertEquals(NoPenaltyReason.LIMITATION_PASSED,
                assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false, LocalDate.of(2024, 5, 10)).noPenaltyReason());
        assertEquals(NoPenaltyReason.LIMITATION_PASSED, assess(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false,
                LocalDate.of(2024, 5, 10), Set.of(Circumstances.NO_HARM)).noPenaltyReason());
        assertThrows(IllegalArgumentException.class, () -> request(SampleBaselines.ILLEGAL_GAINS, LocalDate.of(2021, 5, 10), null, false,
                LocalDate.of(2024, 5, 10), Set.of(Circumstances.NO_HARM, Circumstances.HARMFUL_CONSEQUENCES)), "harm and no harm at once");
    }

    @Test
    void limitationIsTheLawsAndAnswersWithoutABaseline() {
        // APL Art 36: an act older than every baseline is still judged; before, the assessment was refused for want of a baseline
        Violation posters = CITY.violation(SampleBaselines.POSTERS).orElseThrow();
        Optional<Assessment> barred = ENGINE.statutoryBar(request(SampleBaselines.POSTERS, LocalDate.of(2019, 5, 10), null, false,
                LocalDate.of(2026, 5, 11), Set.of()), posters);
        assertEquals(NoPenaltyReason.LIMITATION_PASSED, barred.orElseThrow().noPenaltyReason());
        assertTrue(barred.get().noPenaltyMandatory());
        assertNull(barred.get().baselineId());
        assertTrue(ENGINE.statutoryBar(request(SampleBaselines.POSTERS, LocalDate.of(2025, 5, 10), null, false, LocalDate.of(2026, 5, 11),
                Set.of()), posters).isEmpty(), "in time: only a baseline can answer");
    }

    @Test
    void aContinuingActIsJudgedByTheRulesInForceWhenItEnded() {
        // APL Art 37: before, the rules of the day the building began were used
        AssessmentRequest ended = request(SampleBaselines.ART64, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 6, 1), true,
                LocalDate.of(2026, 5, 31), Set.of());
        assertEquals(LocalDate.of(2025, 6, 1), ended.rulesDate());
        AssessmentRequest goingOn = request(SampleBaselines.ART64, LocalDate.of(2020, 3, 1), null, true, LocalDate.of(2026, 5, 31), Set.of());
        assertEquals(LocalDate.of(2026, 5, 31), goingOn.rulesDate(), "still going on: the rules at the decision");
        assertEquals(LocalDate.of(2020, 3, 1), request(SampleBaselines.POSTERS, LocalDate.of(2020, 3, 1), null, false,
                LocalDate.of(2021, 5, 31), Set.of()).rulesDate());
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
