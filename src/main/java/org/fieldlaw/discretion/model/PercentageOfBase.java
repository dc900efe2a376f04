package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A fine as a share of a named base, e.g. 5%–10% of the construction cost (工程造价). */
public record PercentageOfBase(String base, BigDecimal minFraction, BigDecimal maxFraction) implements Standard {

    public PercentageOfBase {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("a percentage needs the name of its base");
        }
        if (minFraction.signum() < 0 || maxFraction.compareTo(minFraction) < 0) {
            throw new IllegalArgumentException("not a range of fractions: " + minFraction + ".." + maxFraction);
        }
    }

    /** {@code of("CONSTRUCTION_COST", "0.05", "0.10")} is 5%–10% of the construction cost. */
    public static PercentageOfBase of(String base, String min, String max) {
        return new PercentageOfBase(base, new BigDecimal(min), new BigDecimal(max));
    }

    @Override
    public Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands) {
        BigDecimal amount = bases.get(base);
        if (amount == null) {
            return new Computed.NeedsBase(base, "需要 " + base + " 的金额 (" + describe() + ")");
        }
        Range range = Range.inside(amount.multiply(minFraction), amount.multiply(maxFraction));
        return new Computed.Amount(range, describe() + "：" + base + " " + Money.fen(amount).toPlainString() + " 元 → " + range);
    }

    @Override
    public Standard narrowedTo(Tier tier, TierBands bands) {
        TierBands.Band band = bands.ofRange(tier);
        if (tier == Tier.MITIGATED) {
            return new PercentageOfBase(base, minFraction.multiply(band.low()), minFraction.multiply(band.high()));
        }
        BigDecimal width = maxFraction.subtract(minFraction);
        return new PercentageOfBase(base, minFraction.add(width.multiply(band.low())), minFraction.add(width.multiply(band.high())));
    }

    @Override
    public Optional<String> refinementProblem(Standard parent) {
        if (!(parent instanceof PercentageOfBase p) || !p.base().equals(base)) {
            return Optional.of("标准种类或计算基数与上级不同 (not a percentage of the same base as the parent)");
        }
        boolean inside = minFraction.compareTo(p.minFraction()) >= 0 && maxFraction.compareTo(p.maxFraction()) <= 0;
        return inside ? Optional.empty()
                : Optional.of("比例 " + describe() + " 超出上级 " + p.describe() + " (outside the parent's percentages)");
    }

    @Override
    public Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases) {
        BigDecimal amount = bases.get(base);
        return amount == null ? Optional.empty() : Optional.of(Money.down(amount.multiply(maxFraction)));
    }

    @Override
    public String describe() {
        return base + " 的 " + percent(minFraction) + "–" + percent(maxFraction);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
