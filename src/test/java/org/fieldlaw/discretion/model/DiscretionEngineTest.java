package org.fieldlaw.discretion.model;

import static org.fieldlaw.discretion.model.SampleBaselines.ADULT;
import static org.fieldlaw.discretion.model.SampleBaselines.ART64;
import static org.fieldlaw.discretion.model.SampleBaselines.BORN_2010;
import static org.fieldlaw.discretion.model.SampleBaselines.BORN_2013;
import static org.fieldlaw.discretion.model.SampleBaselines.CONSTRUCTION_COST;
import static org.fieldlaw.discretion.model.SampleBaselines.GAINS;
import static org.fieldlaw.discretion.model.SampleBaselines.ILLEGAL_GAINS;
import static org.fieldlaw.discretion.model.SampleBaselines.POSTERS;
import static org.fieldlaw.discretion.model.SampleBaselines.STREET_VENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment.AssessedPenalty;
import org.fieldlaw.discretion.model.Assessment.NoPenaltyReason;
import org.fieldlaw.discretion.model.Assessment.Outcome;
import org.junit.jupiter.api.Test;

/** The discretion engine on the sample city baseline: each standard kind, each tier rule, each no-penalty path. */
class DiscretionEngineTest {

    static final DiscretionEngine ENGINE = new DiscretionEngine(EngineSettings.defaults());
    static final Baseline CITY = SampleBaselines.city();
    static final LocalDate ACT = LocalDate.of(2026, 3, 2);
    static final LocalDate DECISION = LocalDate.of(2026, 4, 1);
    /** Someone with one earlier decided case of the violation: not a first violation. */
    static final PartyHistory KNOWN = new PartyHistory(1, 1);

    static AssessmentRequest request(String violation, Party party, Set<String> circumstances, Map<String, BigDecimal> bases,
            PartyHistory history) {
        return new AssessmentRequest(violation, ACT, null, false, null, DECISION, party, circumstances, bases, history);
    }

    static AssessedPenalty fine(Assessment a) {
        return a.penalties().stream().filter(p -> p.type() == PenaltyType.FINE).findFirst().orElseThrow();
    }

    static BigDecimal yuan(long amount) {
        return Money.yuan(amount);
    }

    @Test
    void aFixedRangeDiffersForAPersonAndAnOrganisation() {
        Assessment person = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(), Map.of(), KNOWN), CITY);
        Assessment company = ENGINE.assess(request(STREET_VENDING, Party.organisation("91440703MA4W000000"), Set.of(), Map.of(), KNOWN), CITY);
        assertEquals(Outcome.PENALTY, person.outcome());
        assertEquals(Range.of(80, 150), fine(person).range());
        assertEquals(yuan(115), fine(person).suggested(), "the middle of the range by default");
        assertEquals(Range.of(400, 700), fine(company).range());
        assertEquals("czd-1", person.rowId());
    }

    @Test
    void correctedOnTimeUnderArticle64IsFivePercentOfTheConstructionCost() {
        Assessment a = ENGINE.assess(request(ART64, Party.person(ADULT), Set.of("CORRECTABLE", "CORRECTED_ON_TIME"),
                Map.of(CONSTRUCTION_COST, yuan(400_000)), KNOWN), CITY);
        assertEquals(Tier.GENERAL, a.tier());
        assertEquals(Range.of(20_000, 20_000), fine(a).range());
        assertTrue(a.penalties().stream().anyMatch(p -> p.type() == PenaltyType.ORDER_CORRECTION));
        assertEquals("《城乡规划法》第六十四条", a.penaltyProvision());
    }

    @Test
    void notCorrectedOnTimeIsTenPercentAndForcedDemolition() {
        Assessment a = ENGINE.assess(request(ART64, Party.organisation("91440703MA4W000000"),
                Set.of("CORRECTABLE", "NOT_CORRECTED_ON_TIME"), Map.of(CONSTRUCTION_COST, yuan(400_000)), KNOWN), CITY);
        assertEquals(Tier.HEAVIER, a.tier());
        assertEquals(Range.of(40_000, 40_000), fine(a).range());
        assertTrue(a.penalties().stream().anyMatch(p -> p.type() == PenaltyType.ORDER_DEMOLITION));
    }

    @Test
    void aNotCorrectableBuildingDemolishedOnTimeIsNotFined() {
        Assessment a = ENGINE.assess(request(ART64, Party.person(ADULT), Set.of("NOT_CORRECTABLE", "DEMOLISHED_ON_TIME"),
                Map.of(), KNOWN), CITY);
        assertEquals(List.of(PenaltyType.ORDER_DEMOLITION), a.penalties().stream().map(AssessedPenalty::type).toList());
        assertTrue(a.complete());
    }

    @Test
    void aPercentageWithoutItsBaseAsksForIt() {
        Assessment a = ENGINE.assess(request(ART64, Party.person(ADULT), Set.of("CORRECTABLE", "CORRECTED_ON_TIME"),
                Map.of(), KNOWN), CITY);
        assertFalse(a.complete());
        assertEquals(List.of(CONSTRUCTION_COST), a.missingBases());
        assertNull(fine(a).range());
    }

    @Test
    void aMultipleOfIllegalGainsIsCappedAndFallsBackToAFixedRangeWithoutGains() {
        Assessment small = ENGINE.assess(request(ILLEGAL_GAINS, Party.person(ADULT), Set.of(), Map.of(GAINS, yuan(5_000)), KNOWN), CITY);
        Assessment large = ENGINE.assess(request(ILLEGAL_GAINS, Party.person(ADULT), Set.of(), Map.of(GAINS, yuan(20_000)), KNOWN), CITY);
        Assessment none = ENGINE.assess(request(ILLEGAL_GAINS, Party.person(ADULT), Set.of(), Map.of(GAINS, yuan(0)), KNOWN), CITY);
        Assessment unknown = ENGINE.assess(request(ILLEGAL_GAINS, Party.person(ADULT), Set.of(), Map.of(), KNOWN), CITY);
        // no row for this violation: 一般 takes the middle 30%–70% of the statutory 1–3 times
        assertEquals(Range.of(8_000, 12_000), fine(small).range(), "1.6–2.4 times 5,000");
        assertEquals(Range.of(30_000, 30_000), fine(large).range(), "32,000–48,000 capped at 30,000");
        assertEquals(Range.of(9_500, 15_500), fine(none).range(), "the fallback 5,000–20,000, middle band");
        assertEquals(fine(none).range(), fine(unknown).range());
    }

    @Test
    void aMaximumOnlyStandardTakesFortyToSixtyPercentInTheGeneralTier() {
        Assessment a = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of(), Map.of(), KNOWN), CITY);
        assertEquals(Tier.GENERAL, a.tier());
        assertEquals(Range.of(400, 600), fine(a).range());
        assertEquals(yuan(500), fine(a).suggested());
    }

    @Test
    void aMaximumOnlyStandardAllowsAtMostTwentyPercentWhenLighter() {
        Assessment a = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of(Circumstances.COERCED_OR_DECEIVED),
                Map.of(), KNOWN), CITY);
        assertEquals(Tier.LIGHTER, a.tier());
        assertEquals(Range.of(0, 200), fine(a).range());
    }

    @Test
    void threeOrMoreViolationsWithinAYearMakeItHeavierFromTheHistoryNotATickBox() {
        // 一年内…三次以上 includes three (以上, Civil Code Art 1259): three earlier decided cases make it 从重, two do not.
        Assessment three = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(), Map.of(), new PartyHistory(3, 3)), CITY);
        Assessment two = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(), Map.of(), new PartyHistory(2, 2)), CITY);
        assertEquals(Tier.HEAVIER, three.tier());
        assertEquals(Range.of(150, 200), fine(three).range());
        assertEquals("czd-2", three.rowId());
        assertEquals(Tier.GENERAL, two.tier());
        assertThrows(IllegalArgumentException.class, () -> request(STREET_VENDING, Party.person(ADULT),
                Set.of(Circumstances.REPEATED_WITHIN_YEAR), Map.of(), KNOWN));
    }

    @Test
    void aPartyAgedFourteenToSeventeenIsForcedLighterEvenWhenRepeated() {
        Assessment a = ENGINE.assess(request(STREET_VENDING, Party.person(BORN_2010), Set.of(), Map.of(), new PartyHistory(5, 5)), CITY);
        assertEquals(Tier.LIGHTER, a.tier());
        // no 从轻 row: the lower 30% of the general row czd-1 (80–150), not of the statutory 50–200
        assertEquals(Range.of(80, 101), fine(a).range());
    }

    @Test
    void mitigationForAMinorTakesTheGeneralRowNotEveryStatutoryPenalty() {
        // APL Art 30: a 16-year-old who corrected on time under Planning Law Art 64. Before, the 从轻 answer was derived
        // from all statutory penalties at once: demolition and confiscation of the building joined the 5% fine.
        Assessment a = ENGINE.assess(request(ART64, Party.person(BORN_2010), Set.of("CORRECTABLE", "CORRECTED_ON_TIME"),
                Map.of(CONSTRUCTION_COST, yuan(400_000)), KNOWN), CITY);
        assertEquals(Tier.LIGHTER, a.tier());
        assertEquals(List.of(PenaltyType.FINE, PenaltyType.ORDER_CORRECTION), a.penalties().stream().map(AssessedPenalty::type).toList());
        assertEquals(Range.of(20_000, 20_000), fine(a).range());
    }

    @Test
    void mitigationIsNeverAboveTheGeneralRowThatFitsTheCase() {
        // APL Art 32: with a general row at the bottom of the statutory range (50–60), the 从轻 range used to be the
        // lower 30% of the statutory 50–200, i.e. up to 95: heavier than the general answer. Now 50–53.
        BaselineRow low = SampleBaselines.row("low-1", STREET_VENDING, Set.of(), Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(50, 60), FixedRange.of(200, 300)));
        Baseline baseline = new Baseline("低幅度基准", AuthorityLevel.CITY, "440700", 1, LocalDate.of(2024, 1, 1), null,
                Baseline.index(List.of(SampleBaselines.streetVending())), List.of(low), List.of());
        Assessment general = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(), Map.of(), KNOWN), baseline);
        Assessment lighter = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(Circumstances.COERCED_OR_DECEIVED),
                Map.of(), KNOWN), baseline);
        assertEquals(Range.of(50, 60), fine(general).range());
        assertEquals(Tier.LIGHTER, lighter.tier());
        assertEquals(Range.of(50, 53), fine(lighter).range());
    }

    @Test
    void aFineFromAPercentageNeverExceedsTheTrueMaximum() {
        // 10% of 123,456.78 yuan is 12,345.678: the most that may be fined is 12,345.67, not 12,345.68 (rounded half up).
        Assessment a = ENGINE.assess(request(ART64, Party.person(ADULT), Set.of("CORRECTABLE", "NOT_CORRECTED_ON_TIME"),
                Map.of(CONSTRUCTION_COST, new BigDecimal("123456.78")), KNOWN), CITY);
        assertEquals(new BigDecimal("12345.67"), fine(a).range().max());
        assertEquals(new BigDecimal("12345.67"), fine(a).range().min());
    }

    @Test
    void anArticle32CircumstanceForcesLighter() {
        Assessment a = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(Circumstances.REMOVED_OR_REDUCED_HARM),
                Map.of(), KNOWN), CITY);
        assertEquals(Tier.LIGHTER, a.tier());
    }

    @Test
    void underFourteenAtTheActIsNoPenaltyWithEducation() {
        Assessment a = ENGINE.assess(request(STREET_VENDING, Party.person(BORN_2013), Set.of(), Map.of(), KNOWN), CITY);
        assertEquals(Outcome.NO_PENALTY, a.outcome());
        assertEquals(NoPenaltyReason.UNDER_14, a.noPenaltyReason());
        assertTrue(a.noPenaltyMandatory());
        assertTrue(a.educationRequired());
    }

    @Test
    void minorPromptlyCorrectedAndHarmlessMustNotBePenalised() {
        Assessment a = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT),
                Set.of(Circumstances.MINOR, Circumstances.CORRECTED_PROMPTLY, Circumstances.NO_HARM), Map.of(), KNOWN), CITY);
        assertEquals(NoPenaltyReason.MINOR_AND_CORRECTED, a.noPenaltyReason());
        assertTrue(a.noPenaltyMandatory());
    }

    @Test
    void noSubjectiveFaultMustNotBePenalised() {
        Assessment a = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of(Circumstances.NO_FAULT), Map.of(), KNOWN), CITY);
        assertEquals(NoPenaltyReason.NO_FAULT, a.noPenaltyReason());
    }

    @Test
    void aFirstViolationOnTheListMayGoUnpenalisedAndStillShowsThePenaltyOtherwiseDue() {
        Assessment first = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT),
                Set.of(Circumstances.CORRECTED_PROMPTLY, Circumstances.MINOR_HARM), Map.of(), PartyHistory.NONE), CITY);
        assertEquals(Outcome.NO_PENALTY, first.outcome());
        assertEquals(NoPenaltyReason.FIRST_VIOLATION, first.noPenaltyReason());
        assertFalse(first.noPenaltyMandatory(), "首违不罚 is 'may', not 'must'");
        assertTrue(first.educationRequired());
        assertEquals(Range.of(80, 150), fine(first).range());

        Assessment second = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT),
                Set.of(Circumstances.CORRECTED_PROMPTLY, Circumstances.MINOR_HARM), Map.of(), new PartyHistory(1, 1)), CITY);
        assertEquals(Outcome.PENALTY, second.outcome(), "an earlier decided case of the same violation: not a first violation");
    }

    @Test
    void aFirstViolationGoesUnpenalisedOnlyWhereTheHarmWasMinorAndPromptlyCorrected() {
        // APL Art 33 para 1 "初次违法且危害后果轻微并及时改正": before, the list entry's prompt correction alone sufficed
        Assessment harmNotShown = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT), Set.of(Circumstances.CORRECTED_PROMPTLY),
                Map.of(), PartyHistory.NONE), CITY);
        assertEquals(Outcome.PENALTY, harmNotShown.outcome());
        assertTrue(harmNotShown.steps().stream().anyMatch(s -> s.contains("未认定危害后果轻微")), harmNotShown.steps().toString());
        Assessment noHarm = ENGINE.assess(request(STREET_VENDING, Party.person(ADULT),
                Set.of(Circumstances.CORRECTED_PROMPTLY, Circumstances.NO_HARM), Map.of(), PartyHistory.NONE), CITY);
        assertEquals(NoPenaltyReason.FIRST_VIOLATION, noHarm.noPenaltyReason(), "no harm is minor harm");
    }

    @Test
    void anEntryOfTheNoPenaltyListWhoseConditionsAreAllObservedMustNotBePenalised() {
        // 不予处罚清单: a list entry is the bureau's, and binding when every condition of it is found
        Baseline listed = withLists(new ListEntry(ListKind.NO_PENALTY, POSTERS, Set.of("SELF_REMOVED", Circumstances.CORRECTED_PROMPTLY),
                "张贴后自行清除"));
        Assessment both = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of("SELF_REMOVED", Circumstances.CORRECTED_PROMPTLY),
                Map.of(), KNOWN), listed);
        assertEquals(NoPenaltyReason.ON_NO_PENALTY_LIST, both.noPenaltyReason());
        assertTrue(both.noPenaltyMandatory());
        assertTrue(both.educationRequired());
        Assessment one = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of("SELF_REMOVED"), Map.of(), KNOWN), listed);
        assertEquals(Outcome.PENALTY, one.outcome(), "one condition of two is not the entry");
    }

    @Test
    void anEntryOfTheLighterListLowersTheTierToLighter() {
        Baseline listed = withLists(new ListEntry(ListKind.LIGHTER_OR_REDUCED, POSTERS, Set.of("SELF_REMOVED"), "张贴后自行清除"));
        assertEquals(Tier.LIGHTER, ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of("SELF_REMOVED"), Map.of(), KNOWN), listed).tier());
        assertEquals(Tier.GENERAL, ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of(), Map.of(), KNOWN), listed).tier());
    }

    static Baseline withLists(ListEntry... entries) {
        return new Baseline(CITY.id(), CITY.level(), CITY.authorityCode(), CITY.version(), CITY.effectiveFrom(), CITY.effectiveTo(),
                CITY.violations(), CITY.rows(), List.of(entries));
    }

    @Test
    void aViolationNotOnTheFirstViolationListIsPenalisedEvenTheFirstTime() {
        Assessment a = ENGINE.assess(request(POSTERS, Party.person(ADULT), Set.of(Circumstances.CORRECTED_PROMPTLY), Map.of(),
                PartyHistory.NONE), CITY);
        assertEquals(Outcome.PENALTY, a.outcome());
    }

    @Test
    void theStepsExplainTheOutcomeInOrder() {
        Assessment a = ENGINE.assess(request(ART64, Party.person(ADULT), Set.of("CORRECTABLE", "CORRECTED_ON_TIME"),
                Map.of(CONSTRUCTION_COST, yuan(400_000)), KNOWN), CITY);
        assertTrue(a.steps().get(0).startsWith("违法行为："));
        assertTrue(a.steps().stream().anyMatch(s -> s.contains("c64-1")));
        assertTrue(a.steps().stream().anyMatch(s -> s.contains("建议 20000.00 元")), a.steps().toString());
    }

    @Test
    void anUnknownViolationIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ENGINE.assess(request("NO-SUCH", Party.person(ADULT), Set.of(), Map.of(), KNOWN), CITY));
    }
}
