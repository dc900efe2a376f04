package org.fieldlaw.discretion.model;

import static org.fieldlaw.discretion.model.SampleBaselines.ADULT;
import static org.fieldlaw.discretion.model.SampleBaselines.BORN_2010;
import static org.fieldlaw.discretion.model.SampleBaselines.CONSTRUCTION_COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fieldlaw.discretion.model.Assessment.AssessedPenalty;

/**
 * The engine's promises over random baselines, parties and amounts, not only the cases someone
 * thought of: mitigation (APL Arts 30, 32) is never heavier than the general answer, a suggested fine
 * lies inside its range, and a computed range never leaves the statutory one.
 */
class DiscretionProperties {

    static final DiscretionEngine ENGINE = new DiscretionEngine(EngineSettings.defaults());
    static final LocalDate ACT = LocalDate.of(2026, 3, 2);
    static final String CODE = "RANDOM-1";

    /** One violation with a statutory fixed range and a general row somewhere inside it. */
    static Baseline baseline(int min, int spread, int rowLowPercent, int rowHighPercent) {
        FixedRange statutory = FixedRange.of(min, min + spread);
        Range whole = statutory.range();
        BigDecimal low = whole.at(BigDecimal.valueOf(Math.min(rowLowPercent, rowHighPercent), 2));
        BigDecimal high = whole.at(BigDecimal.valueOf(Math.max(rowLowPercent, rowHighPercent), 2));
        Violation violation = new Violation(CODE, "随机违法行为", "city-management", "440700-RANDOM-1", "（测试）违法依据", "（测试）处罚依据",
                List.of(PenaltyItem.same(PenaltyType.FINE, statutory), PenaltyItem.order(PenaltyType.WARNING)), false);
        BaselineRow general = new BaselineRow("g-1", CODE, Set.of(), Tier.GENERAL,
                List.of(PenaltyItem.same(PenaltyType.FINE, new FixedRange(new Range(low, high)))), "一般", null);
        return new Baseline("随机基准", AuthorityLevel.CITY, "440700", 1, LocalDate.of(2024, 1, 1), null,
                Baseline.index(List.of(violation)), List.of(general), List.of());
    }

    static Assessment assess(Baseline baseline, Party party, Set<String> circumstances) {
        return ENGINE.assess(new AssessmentRequest(CODE, ACT, null, false, null, ACT.plusDays(10), party, circumstances, Map.of(),
                new PartyHistory(1, 0)), baseline);
    }

    static AssessedPenalty fine(Assessment a) {
        return a.penalties().stream().filter(p -> p.type() == PenaltyType.FINE).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<Set<String>> mitigations() {
        return Arbitraries.of(Circumstances.ARTICLE_32).set().ofMinSize(1).ofMaxSize(2);
    }

    @Property(tries = 300)
    void aMitigatedAnswerIsNeverHeavierThanTheGeneralOne(@ForAll @IntRange(min = 1, max = 20_000) int min,
            @ForAll @IntRange(min = 0, max = 50_000) int spread, @ForAll @IntRange(max = 100) int rowLow,
            @ForAll @IntRange(max = 100) int rowHigh, @ForAll("mitigations") Set<String> circumstances, @ForAll boolean minor) {
        Baseline baseline = baseline(min, spread, rowLow, rowHigh);
        Range general = fine(assess(baseline, Party.person(ADULT), Set.of())).range();
        Assessment mitigated = minor ? assess(baseline, Party.person(BORN_2010), Set.of()) : assess(baseline, Party.person(ADULT), circumstances);
        Range lighter = fine(mitigated).range();
        assertTrue(lighter.max().compareTo(general.max()) <= 0, lighter + " is heavier than the general " + general);
        assertTrue(lighter.min().compareTo(general.min()) <= 0, lighter + " starts above the general " + general);
        assertEquals(List.of(PenaltyType.FINE), mitigated.penalties().stream().map(AssessedPenalty::type).toList(),
                "mitigation adds no penalty the general row does not give");
    }

    @Property(tries = 300)
    void aSuggestedFineLiesInsideItsRangeAndTheRangeInsideTheStatutoryOne(@ForAll @IntRange(min = 1, max = 20_000) int min,
            @ForAll @IntRange(min = 0, max = 50_000) int spread, @ForAll @IntRange(max = 100) int rowLow,
            @ForAll @IntRange(max = 100) int rowHigh, @ForAll boolean organisation) {
        Baseline baseline = baseline(min, spread, rowLow, rowHigh);
        Party party = organisation ? Party.organisation("91440703MA4W000000") : Party.person(ADULT);
        AssessedPenalty fine = fine(assess(baseline, party, Set.of()));
        assertTrue(fine.range().contains(fine.suggested()), fine.suggested() + " outside " + fine.range());
        assertTrue(fine.range().within(Range.of(min, min + spread)), fine.range() + " outside the statutory " + min + "–" + (min + spread));
    }

    @Property(tries = 300)
    void aFineFromAShareOfABaseNeverLeavesTheExactBounds(@ForAll @IntRange(min = 1, max = 100_000_000) int costInFen,
            @ForAll @IntRange(max = 100) int lowPerMille, @ForAll @IntRange(max = 100) int highPerMille) {
        Assume.that(lowPerMille <= highPerMille);
        BigDecimal cost = BigDecimal.valueOf(costInFen, 2);
        PercentageOfBase standard = new PercentageOfBase(CONSTRUCTION_COST, BigDecimal.valueOf(lowPerMille, 3),
                BigDecimal.valueOf(highPerMille, 3));
        Range range = ((Computed.Amount) standard.compute(Map.of(CONSTRUCTION_COST, cost), Tier.GENERAL, TierBands.defaults())).range();
        BigDecimal exactHigh = cost.multiply(standard.maxFraction());
        assertTrue(range.max().compareTo(exactHigh) <= 0, range + " above the exact maximum " + exactHigh);
        assertTrue(exactHigh.subtract(range.max()).compareTo(Money.ONE_FEN) < 0, range + " more than a fen below " + exactHigh);
    }
}
