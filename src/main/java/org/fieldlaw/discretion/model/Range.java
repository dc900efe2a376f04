package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Objects;

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
