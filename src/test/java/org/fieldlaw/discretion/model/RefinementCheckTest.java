package org.fieldlaw.discretion.model;

import static org.fieldlaw.discretion.model.SampleBaselines.ART64;
import static org.fieldlaw.discretion.model.SampleBaselines.CONSTRUCTION_COST;
import static org.fieldlaw.discretion.model.SampleBaselines.STREET_VENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A county refinement must lie inside its parent row and the statutory range; every offending row is named. */
class RefinementCheckTest {

    static final Map<String, Violation> VIOLATIONS = Baseline.index(List.of(SampleBaselines.art64(), SampleBaselines.streetVending()));
    static final Map<String, BaselineRow> CITY_ROWS = SampleBaselines.cityRows().stream()
            .collect(Collectors.toMap(BaselineRow::id, Function.identity()));

    static BaselineRow county(String id, String parent, Tier tier, PenaltyItem... items) {
        return new BaselineRow(id, STREET_VENDING, Set.of("PENGJIANG_CORE_AREA"), tier, List.of(items), "蓬江区细化 " + id, parent);
    }

    static List<RefinementCheck.Fault> check(BaselineRow... rows) {
        return RefinementCheck.check(List.of(rows), CITY_ROWS, VIOLATIONS);
    }

    @Test
    void aRangeInsideTheParentPasses() {
        assertEquals(List.of(), check(county("p1", "czd-1", Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(100, 120), FixedRange.of(450, 600)))));
    }

    @Test
    void aRangeTouchingTheParentsBoundsPasses() {
        assertEquals(List.of(), check(county("p2", "czd-1", Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(80, 150), FixedRange.of(400, 700)))));
    }

    @Test
    void aRangeOutsideTheParentIsNamedWithTheRow() {
        List<RefinementCheck.Fault> faults = check(
                county("p3", "czd-1", Tier.GENERAL, new PenaltyItem(PenaltyType.FINE, FixedRange.of(100, 160), FixedRange.of(450, 600))),
                county("p4", "czd-1", Tier.GENERAL, new PenaltyItem(PenaltyType.FINE, FixedRange.of(100, 120), FixedRange.of(450, 600))),
                county("p5", "czd-1", Tier.GENERAL, new PenaltyItem(PenaltyType.FINE, FixedRange.of(60, 150), FixedRange.of(300, 700))));
        assertEquals(List.of("p3", "p5", "p5"), faults.stream().map(RefinementCheck.Fault::rowId).toList(), faults.toString());
    }

    @Test
    void aRangeBeyondTheStatutoryMaximumIsRefusedEvenWithoutAParent() {
        List<RefinementCheck.Fault> faults = check(county("p6", null, Tier.HEAVIER,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(150, 250), FixedRange.of(700, 1000))));
        assertEquals(1, faults.size());
        assertTrue(faults.get(0).message().contains("法定"), faults.get(0).message());
    }

    @Test
    void aPenaltyTypeTheParentLacksIsRefused() {
        List<RefinementCheck.Fault> faults = check(county("p7", "czd-1", Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(100, 120), FixedRange.of(450, 600)),
                PenaltyItem.order(PenaltyType.WARNING)));
        assertEquals(List.of("p7"), faults.stream().map(RefinementCheck.Fault::rowId).toList());
    }

    @Test
    void aPenaltyTypeTheLawLacksIsRefused() {
        List<RefinementCheck.Fault> faults = check(county("p8", null, Tier.GENERAL,
                PenaltyItem.order(PenaltyType.REVOKE_LICENCE)));
        assertEquals(1, faults.size());
    }

    @Test
    void aMitigatedRowLiesBelowTheStatutoryMinimumNeverAtItAndAboveZero() {
        // APL Art 32: 减轻 is below the minimum (50 yuan for a person, 200 for an organisation). Before, a 减轻 row
        // reaching the minimum itself, or starting at zero (no fine at all), passed.
        assertEquals(List.of(), check(county("p9", null, Tier.MITIGATED,
                new PenaltyItem(PenaltyType.FINE, new FixedRange(new Range(Money.yuan(20), new BigDecimal("49.99"))),
                        FixedRange.of(100, 199)))));
        assertEquals(2, check(county("p10", null, Tier.MITIGATED,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(20, 50), FixedRange.of(100, 200)))).size());
        assertEquals(1, check(county("p10z", null, Tier.MITIGATED,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(0, 40), FixedRange.of(100, 199)))).size());
        assertEquals(1, check(county("p10m", null, Tier.MITIGATED,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(20, 300), FixedRange.of(100, 199)))).size());
    }

    @Test
    void aCountyRowInsideTheTenPercentOrLessOfArticle64ForABuildingThatCannotBeDemolishedPasses() {
        // Planning Law Art 64: "可以并处建设工程造价百分之十以下的罚款" is 0–10%; a county may set 3% under that row.
        BaselineRow three = new BaselineRow("p64", ART64, Set.of("NOT_CORRECTABLE", "CANNOT_BE_DEMOLISHED", "PENGJIANG_CORE_AREA"),
                Tier.HEAVIER, List.of(PenaltyItem.order(PenaltyType.CONFISCATE_BUILDING),
                        PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0.03", "0.03"))), "蓬江区细化", "c64-5");
        assertEquals(List.of(), RefinementCheck.check(List.of(three), CITY_ROWS, VIOLATIONS));
    }

    @Test
    void aPercentageOfAnotherBaseOrWiderPercentageIsRefused() {
        BaselineRow otherBase = new BaselineRow("p11", ART64, Set.of("CORRECTABLE", "CORRECTED_ON_TIME"), Tier.GENERAL,
                List.of(PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of("LAND_VALUE", "0.05", "0.05"))), "x", "c64-1");
        BaselineRow wider = new BaselineRow("p12", ART64, Set.of("CORRECTABLE", "CORRECTED_ON_TIME"), Tier.GENERAL,
                List.of(PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0.05", "0.06"))), "x", "c64-1");
        List<RefinementCheck.Fault> faults = RefinementCheck.check(List.of(otherBase, wider), CITY_ROWS, VIOLATIONS);
        assertTrue(faults.stream().anyMatch(f -> f.rowId().equals("p11")));
        assertTrue(faults.stream().anyMatch(f -> f.rowId().equals("p12")));
    }

    @Test
    void anUnknownParentOrViolationIsNamed() {
        assertEquals(1, check(county("p13", "no-such-row", Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(100, 120), FixedRange.of(450, 600)))).size());
        BaselineRow unknown = new BaselineRow("p14", "NO-SUCH", Set.of(), Tier.GENERAL,
                List.of(PenaltyItem.same(PenaltyType.FINE, FixedRange.of(1, 2))), "x", null);
        assertEquals(1, RefinementCheck.check(List.of(unknown), CITY_ROWS, VIOLATIONS).size());
    }
}
