package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are yuan as BigDecimal with two places (fen); never double. */
public final class Money {

    public static final BigDecimal ZERO = yuan(0);

    /** The smallest amount: one fen (0.01 yuan). */
    public static final BigDecimal ONE_FEN = new BigDecimal("0.01");

    private Money() {
    }

    public static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code fraction} of {@code amount}, rounded to the fen. */
    public static BigDecimal share(BigDecimal amount, BigDecimal fraction) {
        return fen(amount.multiply(fraction));
    }
}
