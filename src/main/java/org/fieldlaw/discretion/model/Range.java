package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A closed range of yuan, both ends inclusive. */
public record Range(BigDecimal min, BigDecimal max) {

    public Range {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        min = Money.fen(min);
        max = Money.fen(max);
        if (min.signum() < 0 || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("not a range of amounts: " + min + " to " + max);
        }
    }

    public static Range of(long min, long max) {
        return new Range(Money.yuan(min), Money.yuan(max));
    }

    /**
     * The whole-fen range between two exact amounts, never outside them: the lower end rounded up,
     * the upper end down, so a fine computed from a share of a base never exceeds the true maximum
     * (nor falls below the true minimum). Where no whole fen lies between them, both ends are the
     * upper end rounded down: the party never pays more than the law allows.
     */
    public static Range inside(BigDecimal exactLow, BigDecimal exactHigh) {
        BigDecimal high = Money.down(exactHigh);
        BigDecimal low = Money.up(exactLow);
        return new Range(low.min(high), high);
    }

    /**
     * A 减轻 range: below {@code minimum} (which is itself 从轻 or 一般) and above zero (no fine is
     * not a lighter fine), within the fractions of the band; empty when no whole fen lies there.
     */
    public static Optional<Range> belowMinimum(BigDecimal minimum, BigDecimal lowFraction, BigDecimal highFraction) {
        BigDecimal ceiling = minimum.subtract(Money.ONE_FEN);
        BigDecimal low = Money.ONE_FEN.max(Money.up(minimum.multiply(lowFraction)));
        BigDecimal high = ceiling.min(Money.down(minimum.multiply(highFraction)));
        return high.compareTo(low) < 0 ? Optional.empty() : Optional.of(new Range(low, high));
    }

    public boolean contains(BigDecimal amount) {
        return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
    }

    public boolean within(Range outer) {
        return min.compareTo(outer.min) >= 0 && max.compareTo(outer.max) <= 0;
    }

    /** The point at {@code position} (0 = min, 1 = max) of the range, rounded to the fen. */
    public BigDecimal at(BigDecimal position) {
        return Money.fen(min.add(max.subtract(min).multiply(position)));
    }

    public Range capped(BigDecimal cap) {
        BigDecimal top = max.min(cap);
        return new Range(min.min(top), top);
    }

    @Override
    public String toString() {
        return min.toPlainString() + "–" + max.toPlainString() + " 元";
    }
}
