package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A fine with only a statutory maximum ("处……以下罚款"); the tier picks a share of it. */
public record MaximumOnly(BigDecimal max) implements Standard {

    public MaximumOnly {
        if (max == null || max.signum() <= 0) {
            throw new IllegalArgumentException("a maximum must be positive");
        }
        max = Money.fen(max);
    }

    public static MaximumOnly of(long max) {
        return new MaximumOnly(Money.yuan(max));
    }

    @Override
    public Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands) {
        TierBands.Band band = bands.ofMaximum(tier == Tier.NO_PENALTY ? Tier.MITIGATED : tier);
        Range range = Range.inside(max.multiply(band.low()), max.multiply(band.high()));
        return new Computed.Amount(range, "最高 " + max.toPlainString() + " 元，" + tier.zh() + "取其 "
                + PercentageOfBase.percent(band.low()) + "–" + PercentageOfBase.percent(band.high()) + " → " + range);
    }

    @Override
    public Standard narrowedTo(Tier tier, TierBands bands) {
        return this; // the tier is applied when computing
    }

    @Override
    public Optional<String> refinementProblem(Standard parent) {
        if (parent instanceof MaximumOnly p) {
            return max.compareTo(p.max()) <= 0 ? Optional.empty()
                    : Optional.of("最高额 " + max + " 超过上级 " + p.max() + " (maximum above the parent's)");
        }
        return Optional.of("标准种类与上级不同 (a maximum-only standard cannot refine a " + parent.describe() + ")");
    }

    @Override
    public Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases) {
        return Optional.of(max);
    }

    @Override
    public String describe() {
        return "罚款最高 " + max.toPlainString() + " 元";
    }
}
