package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A fine as a multiple of a named base, e.g. 1–3 times the illegal gains (违法所得), optionally
 * capped ("at most 30,000 yuan"), and falling back to a fixed range where the base is zero or
 * unknown ("where there are no illegal gains, 5,000–20,000 yuan").
 */
public record MultipleOfBase(String base, BigDecimal minMultiple, BigDecimal maxMultiple, BigDecimal cap, Range fallback)
        implements Standard {

    public MultipleOfBase {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("a multiple needs the name of its base");
        }
        if (minMultiple.signum() < 0 || maxMultiple.compareTo(minMultiple) < 0) {
            throw new IllegalArgumentException("not a range of multiples: " + minMultiple + ".." + maxMultiple);
        }
        if (cap != null && cap.signum() <= 0) {
            throw new IllegalArgumentException("a cap must be positive");
        }
        cap = cap == null ? null : Money.fen(cap);
    }

    public static MultipleOfBase of(String base, String min, String max, Long cap, Range fallback) {
        return new MultipleOfBase(base, new BigDecimal(min), new BigDecimal(max), cap == null ? null : Money.yuan(cap), fallback);
    }

    @Override
    public Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands) {
        BigDecimal amount = bases.get(base);
        if (amount == null || amount.signum() == 0) {
            if (fallback != null) {
                return new Computed.Amount(fallback, (amount == null ? "未提供 " : "无 ") + base + "，适用固定幅度 " + fallback);
            }
            return new Computed.NeedsBase(base, "需要 " + base + " 的金额 (" + describe() + ")");
        }
        Range range = Range.inside(amount.multiply(minMultiple), amount.multiply(maxMultiple));
        String text = describe() + "：" + base + " " + Money.fen(amount).toPlainString() + " 元 → " + range;
        if (cap != null && range.max().compareTo(cap) > 0) {
            range = range.capped(cap);
            text += "，以 " + cap.toPlainString() + " 元为上限 → " + range;
        }
        return new Computed.Amount(range, text);
    }

    @Override
    public Standard narrowedTo(Tier tier, TierBands bands) {
        TierBands.Band band = bands.ofRange(tier);
        BigDecimal low;
        BigDecimal high;
        if (tier == Tier.MITIGATED) {
            low = minMultiple.multiply(band.low());
            high = minMultiple.multiply(band.high());
        } else {
            BigDecimal width = maxMultiple.subtract(minMultiple);
            low = minMultiple.add(width.multiply(band.low()));
            high = minMultiple.add(width.multiply(band.high()));
        }
        Range narrowedFallback = fallback != null && new FixedRange(fallback).narrowedTo(tier, bands) instanceof FixedRange f ? f.range() : null;
        return new MultipleOfBase(base, low, high, cap, narrowedFallback);
    }

    @Override
    public Optional<String> refinementProblem(Standard parent) {
        if (!(parent instanceof MultipleOfBase p) || !p.base().equals(base)) {
            return Optional.of("标准种类或计算基数与上级不同 (not a multiple of the same base as the parent)");
        }
        if (minMultiple.compareTo(p.minMultiple()) < 0 || maxMultiple.compareTo(p.maxMultiple()) > 0) {
            return Optional.of("倍数 " + describe() + " 超出上级 " + p.describe() + " (outside the parent's multiples)");
        }
        if (p.cap() != null && (cap == null || cap.compareTo(p.cap()) > 0)) {
            return Optional.of("上限须不高于上级的 " + p.cap().toPlainString() + " 元 (cap above the parent's)");
        }
        if (fallback != null && (p.fallback() == null || !fallback.within(p.fallback()))) {
            return Optional.of("无基数时的幅度超出上级 (fallback range outside the parent's)");
        }
        return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases) {
        BigDecimal amount = bases.get(base);
        if (amount == null || amount.signum() == 0) {
            return fallback == null ? Optional.ofNullable(cap) : Optional.of(fallback.max());
        }
        BigDecimal top = Money.down(amount.multiply(maxMultiple));
        return Optional.of(cap == null ? top : top.min(cap));
    }

    @Override
    public String describe() {
        String text = base + " 的 " + minMultiple.stripTrailingZeros().toPlainString() + "–"
                + maxMultiple.stripTrailingZeros().toPlainString() + " 倍";
        if (cap != null) {
            text += "，最高 " + cap.toPlainString() + " 元";
        }
        if (fallback != null) {
            text += "；无 " + base + " 时 " + fallback;
        }
        return text;
    }
}
