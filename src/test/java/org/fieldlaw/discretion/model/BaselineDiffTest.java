package org.fieldlaw.discretion.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaselineDiffTest {

    private static BaselineRow row(String id, Tier tier, long min, long max, String... conditions) {
        return new BaselineRow(id, "JM-CG-001", Set.of(conditions), tier, List.of(PenaltyItem.same(PenaltyType.FINE, FixedRange.of(min, max))),
                "占道经营", null);
    }

    @Test
    void rowsAreMatchedByIdAndEachAddedRemovedOrChangedRowIsListedWithTheFieldsThatChanged() {
        List<BaselineRow> v1 = List.of(row("r1", Tier.LIGHTER, 50, 100), row("r2", Tier.GENERAL, 100, 140), row("r3", Tier.HEAVIER, 140, 200, "一年内三次以上"));
        List<BaselineRow> v2 = List.of(row("r1", Tier.LIGHTER, 50, 100), row("r2", Tier.GENERAL, 100, 160), row("r4", Tier.HEAVIER, 160, 200, "一年内三次以上"));
        List<BaselineDiff.RowChange> diff = BaselineDiff.between(v1, v2);
        assertEquals(List.of("r2", "r3", "r4"), diff.stream().map(BaselineDiff.RowChange::rowId).toList(), "an unchanged row is not listed");
        BaselineDiff.RowChange changed = diff.get(0);
        assertEquals(BaselineDiff.Kind.CHANGED, changed.kind());
        assertEquals(1, changed.fields().size(), "only the penalty changed: " + changed.fields());
        assertEquals("处罚", changed.fields().get(0).name());
        assertTrue(changed.fields().get(0).before().contains("140") && changed.fields().get(0).after().contains("160"), changed.toString());
        assertEquals(BaselineDiff.Kind.REMOVED, diff.get(1).kind());
        assertTrue(diff.get(1).fields().stream().allMatch(f -> f.after().isEmpty()), "a removed row has no after");
        assertEquals(BaselineDiff.Kind.ADDED, diff.get(2).kind());
        assertTrue(diff.get(2).fields().stream().anyMatch(f -> f.name().equals("情形") && f.after().equals("一年内三次以上")));
        assertTrue(diff.get(2).fields().stream().allMatch(f -> f.before().isEmpty()), "an added row has no before");
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        List<BaselineRow> v = List.of(row("r1", Tier.GENERAL, 100, 140));
        assertEquals(List.of(), BaselineDiff.between(v, v));
    }

    @Test
    void aPenaltyReadsAsTheOfficerKnowsItAnOrderOnceAndABaseByItsChineseName() {
        BaselineRow row = new BaselineRow("r9", "JM-GH-064", Set.of(), Tier.HEAVIER, List.of(PenaltyItem.order(PenaltyType.CONFISCATE_BUILDING),
                PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of("CONSTRUCTION_COST", "0.08", "0.1"))), "不能拆除的", null);
        String penalties = BaselineDiff.between(List.of(), List.of(row)).get(0).fields().stream().filter(f -> f.name().equals("处罚")).findFirst()
                .orElseThrow().after();
        assertEquals("没收实物；罚款 建设工程造价 的 8%–10%", penalties);
    }
}
