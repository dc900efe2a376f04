package org.fieldlaw.discretion.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment.NoPenaltyReason;
import org.fieldlaw.discretion.model.Assessment.Outcome;
import org.junit.jupiter.api.Test;

/** APL Art 37 (从旧兼从轻): the rule of the act's day, unless the rule of the decision's day is lighter or drops the violation. */
class FromOldAndLighterTest {

    static final DiscretionEngine ENGINE = new DiscretionEngine(EngineSettings.defaults());
    static final LocalDate ACT = LocalDate.of(2025, 11, 3);
    static final LocalDate DECISION = LocalDate.of(2026, 2, 2);

    static Baseline withVendingRow(int version, LocalDate from, LocalDate to, long min, long max) {
        Baseline base = SampleBaselines.city(version, from, to);
        List<BaselineRow> rows = base.rows().stream()
                .map(r -> r.id().equals("czd-1") ? SampleBaselines.row("czd-1", SampleBaselines.STREET_VENDING, Set.of(), Tier.GENERAL,
                        new PenaltyItem(PenaltyType.FINE, FixedRange.of(min, max), FixedRange.of(400, 700))) : r)
                .toList();
        return new Baseline(base.id(), base.level(), base.authorityCode(), version, from, to, base.violations(), rows, base.lists());
    }

    static AssessmentRequest vending() {
        return new AssessmentRequest(SampleBaselines.STREET_VENDING, ACT, null, false, null, DECISION,
                Party.person(SampleBaselines.ADULT), Set.of(), Map.of(), new PartyHistory(1, 1));
    }

    @Test
    void aLighterBaselineAtDecisionTimeApplies() {
        Baseline old = withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 100, 200);
        Baseline lighter = withVendingRow(2, LocalDate.of(2026, 1, 1), null, 50, 100);
        Assessment a = ENGINE.assess(vending(), old, lighter);
        assertEquals(2, a.baselineVersion());
        assertEquals(Range.of(50, 100), a.penalties().get(0).range());
        assertTrue(a.comparison().decisionTimeApplied());
        assertEquals(1, a.comparison().actVersion());
    }

    @Test
    void aHeavierBaselineAtDecisionTimeDoesNotApply() {
        Baseline old = withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 50, 100);
        Baseline heavier = withVendingRow(2, LocalDate.of(2026, 1, 1), null, 100, 200);
        Assessment a = ENGINE.assess(vending(), old, heavier);
        assertEquals(1, a.baselineVersion());
        assertEquals(Range.of(50, 100), a.penalties().get(0).range());
        assertFalse(a.comparison().decisionTimeApplied());
        assertEquals(2, a.comparison().decisionVersion());
    }

    @Test
    void aBaselineThatNoLongerListsTheViolationMeansNoPenalty() {
        Baseline old = SampleBaselines.city(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
        Baseline without = new Baseline(old.id(), old.level(), old.authorityCode(), 2, LocalDate.of(2026, 1, 1), null,
                Baseline.index(List.of(SampleBaselines.art64())), List.of(), List.of());
        Assessment a = ENGINE.assess(vending(), old, without);
        assertEquals(Outcome.NO_PENALTY, a.outcome());
        assertEquals(NoPenaltyReason.NO_LONGER_A_VIOLATION, a.noPenaltyReason());
        assertTrue(a.comparison().decisionTimeApplied());
    }

    @Test
    void theSameBaselineAtBothDatesNeedsNoComparison() {
        Baseline city = SampleBaselines.city();
        assertEquals(null, ENGINE.assess(vending(), city, city).comparison());
    }

    @Test
    void anAddedLicenceRevocationMakesAVersionHeavierThoughItsFineIsLower() {
        // APL Art 37 compares whole penalties; before, the lower fine ceiling made version 2 "lighter"
        Baseline old = withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 100, 200);
        Baseline fineAndRevocation = withRow(withVendingRow(2, LocalDate.of(2026, 1, 1), null, 50, 100), Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(50, 100), FixedRange.of(400, 700)),
                PenaltyItem.order(PenaltyType.REVOKE_LICENCE));
        Assessment a = ENGINE.assess(vending(), old, fineAndRevocation);
        assertEquals(1, a.baselineVersion());
        assertFalse(a.comparison().decisionTimeApplied());
    }

    @Test
    void aVersionThatTurnsARevocationIntoAFineIsLighterThoughTheFineIsHigher() {
        Baseline revocation = withRow(withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 50, 100), Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(50, 100), FixedRange.of(400, 700)),
                PenaltyItem.order(PenaltyType.REVOKE_LICENCE));
        Baseline fineOnly = withVendingRow(2, LocalDate.of(2026, 1, 1), null, 100, 200);
        assertTrue(ENGINE.assess(vending(), revocation, fineOnly).comparison().decisionTimeApplied());
    }

    @Test
    void anAddedOrderIsNoPenaltyAndDoesNotMakeAVersionHeavier() {
        Baseline old = withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 100, 200);
        Baseline withOrder = withRow(withVendingRow(2, LocalDate.of(2026, 1, 1), null, 50, 100), Tier.GENERAL,
                new PenaltyItem(PenaltyType.FINE, FixedRange.of(50, 100), FixedRange.of(400, 700)),
                PenaltyItem.order(PenaltyType.ORDER_CORRECTION));
        assertTrue(ENGINE.assess(vending(), old, withOrder).comparison().decisionTimeApplied());
    }

    @Test
    void aFineAddedToAWarningIsHeavier() {
        Baseline warning = withRow(withVendingRow(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 50, 100), Tier.GENERAL,
                PenaltyItem.order(PenaltyType.WARNING));
        Baseline warningAndFine = withRow(withVendingRow(2, LocalDate.of(2026, 1, 1), null, 50, 100), Tier.GENERAL,
                PenaltyItem.order(PenaltyType.WARNING), new PenaltyItem(PenaltyType.FINE, FixedRange.of(10, 20), FixedRange.of(10, 20)));
        assertFalse(ENGINE.assess(vending(), warning, warningAndFine).comparison().decisionTimeApplied());
    }

    static Baseline withRow(Baseline base, Tier tier, PenaltyItem... items) {
        List<BaselineRow> rows = base.rows().stream()
                .map(r -> r.id().equals("czd-1") ? SampleBaselines.row("czd-1", SampleBaselines.STREET_VENDING, Set.of(), tier, items) : r)
                .toList();
        return new Baseline(base.id(), base.level(), base.authorityCode(), base.version(), base.effectiveFrom(), base.effectiveTo(),
                base.violations(), rows, base.lists());
    }
}
