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

    /** The whole fen at or below {@code exact}: an upper bound rounded so the law's maximum is never passed. */
    public static BigDecimal down(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.FLOOR);
    }

    /** The whole fen at or above {@code exact}: a lower bound rounded so the law's minimum is never passed. */
    public static BigDecimal up(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.CEILING);
    }
}
