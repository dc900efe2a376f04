package org.fieldlaw.discretion.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The refinement rule: a row stays inside the statutory penalties of its violation, and a row
 * that refines an upper-level row ({@code parentId}) stays inside that row: the same or fewer
 * penalty types, every amount within bounds. 减轻 rows may go below the statutory minimum
 * (APL Art 32), never above the maximum. Every offending row is named, so a bundle can be
 * refused whole with all its faults at once.
 */
public final class RefinementCheck {

    public record Fault(String rowId, String message) {
    }

    private RefinementCheck() {
    }

    public static List<Fault> check(List<BaselineRow> rows, Map<String, BaselineRow> parents, Map<String, Violation> violations) {
        List<Fault> faults = new ArrayList<>();
        for (BaselineRow row : rows) {
            Violation violation = violations.get(row.violationCode());
            if (violation == null) {
                faults.add(new Fault(row.id(), "未知的违法行为编码 (unknown violation) " + row.violationCode()));
                continue;
            }
            for (PenaltyItem item : row.penalties()) {
                Optional<PenaltyItem> statutory = violation.statutoryItem(item.type());
                if (statutory.isEmpty()) {
                    faults.add(new Fault(row.id(), "法定处罚中没有 " + item.type().zh() + " (not a statutory penalty of " + violation.code() + ")"));
                    continue;
                }
                compare(row, item, statutory.get(), "法定", faults);
            }
            if (row.parentId() != null) {
                BaselineRow parent = parents.get(row.parentId());
                if (parent == null) {
                    faults.add(new Fault(row.id(), "所细化的上级条目不存在 (parent row not found) " + row.parentId()));
                    continue;
                }
                if (!parent.violationCode().equals(row.violationCode())) {
                    faults.add(new Fault(row.id(), "与上级条目的违法行为不同 (refines a row of another violation)"));
                    continue;
                }
                for (PenaltyItem item : row.penalties()) {
                    Optional<PenaltyItem> upper = parent.penalties().stream().filter(p -> p.type() == item.type()).findFirst();
                    if (upper.isEmpty()) {
                        faults.add(new Fault(row.id(), "上级条目没有 " + item.type().zh() + " (adds a penalty type the parent row lacks)"));
                    } else {
                        compare(row, item, upper.get(), "上级", faults);
                    }
                }
            }
        }
        return List.copyOf(faults);
    }

    private static void compare(BaselineRow row, PenaltyItem item, PenaltyItem outer, String whose, List<Fault> faults) {
        for (PartyKind kind : PartyKind.values()) {
            Standard inner = item.standardFor(kind);
            Standard bound = outer.standardFor(kind);
            Optional<String> problem = row.tier() == Tier.MITIGATED ? mitigatedProblem(inner, bound) : inner.refinementProblem(bound);
            problem.ifPresent(p -> faults.add(new Fault(row.id(), item.type().zh() + "（" + (kind == PartyKind.PERSON ? "个人" : "单位")
                    + "）：" + p + "，对照" + whose + "标准 " + bound.describe())));
        }
    }

    /**
     * 减轻 (APL Art 32) is a fine below the minimum the upper standard sets, never at it (the minimum
     * itself is 从轻 or 一般), and more than nothing (no fine is not a lighter fine; a lighter type
     * of penalty is a row of its own). Where the upper standard has no minimum, 减轻 can carry no fine.
     */
    private static Optional<String> mitigatedProblem(Standard inner, Standard bound) {
        String below = "减轻的罚款须高于零且低于上级或法定最低额 (a mitigated fine lies above zero and below the minimum)";
        if (inner instanceof FixedRange f && bound instanceof FixedRange b) {
            return f.range().min().signum() > 0 && f.range().max().compareTo(b.range().min()) < 0 ? Optional.empty()
                    : Optional.of(below + "：" + f.range() + "，最低 " + b.range().min().toPlainString() + " 元");
        }
        if (inner instanceof PercentageOfBase p && bound instanceof PercentageOfBase b && p.base().equals(b.base())) {
            return p.minFraction().signum() > 0 && p.maxFraction().compareTo(b.minFraction()) < 0 ? Optional.empty()
                    : Optional.of(below + "：" + p.describe() + "，最低 " + PercentageOfBase.percent(b.minFraction()));
        }
        if (inner instanceof MultipleOfBase m && bound instanceof MultipleOfBase b && m.base().equals(b.base())) {
            return m.minMultiple().signum() > 0 && m.maxMultiple().compareTo(b.minMultiple()) < 0 ? Optional.empty()
                    : Optional.of(below + "：" + m.describe() + "，最低 " + b.minMultiple().stripTrailingZeros().toPlainString() + " 倍");
        }
        if (bound instanceof MaximumOnly && !(inner instanceof NonMonetary)) {
            return Optional.of("法定只有最高额，减轻只能选择较轻的处罚种类 (with only a maximum, 减轻 is a lighter type of penalty, not a fine)");
        }
        return inner.refinementProblem(bound);
    }
}
