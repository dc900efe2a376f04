package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A fine between two amounts in yuan, e.g. 50–200 元. */
public record FixedRange(Range range) implements Standard {

    public static FixedRange of(long min, long max) {
        return new FixedRange(Range.of(min, max));
    }

    @Override
    public Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands) {
        return new Computed.Amount(range, "罚款幅度 " + range);
    }

    @Override
    public Standard narrowedTo(Tier tier, TierBands bands) {
        TierBands.Band band = bands.ofRange(tier);
        if (tier == Tier.MITIGATED) {
            // 减轻 lies below the minimum, never at it, and a fine of nothing is no fine: with no room there, a lighter type.
            return Range.belowMinimum(range.min(), band.low(), band.high()).<Standard>map(FixedRange::new)
                    .orElseGet(() -> new NonMonetary("减轻：法定最低罚款 " + range.min().toPlainString() + " 元之下无可处罚款，应选择较轻的处罚种类"));
        }
        BigDecimal width = range.max().subtract(range.min());
        return new FixedRange(Range.inside(range.min().add(width.multiply(band.low())), range.min().add(width.multiply(band.high()))));
    }

    @Override
    public Optional<String> refinementProblem(Standard parent) {
        if (parent instanceof FixedRange p) {
            return range.within(p.range()) ? Optional.empty()
                    : Optional.of("幅度 " + range + " 超出上级 " + p.range() + " (range outside the parent's)");
        }
        if (parent instanceof MaximumOnly p) {
            return range.max().compareTo(p.max()) <= 0 ? Optional.empty()
                    : Optional.of("上限 " + range.max() + " 超过上级最高 " + p.max() + " (above the parent's maximum)");
        }
        return Optional.of("标准种类与上级不同 (a fixed range cannot refine a " + parent.describe() + ")");
    }

    @Override
    public Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases) {
        return Optional.of(range.max());
    }

    @Override
    public String describe() {
        return "罚款 " + range;
    }
}
