package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment surcharge (加处罚款, APL Art 72): 3% of the fine for each day past the due date,
 * never more than the fine itself, and not counted while reconsideration or litigation runs
 * (APL Art 73).
 */
public final class LatePayment {

    /** A span (both ends inclusive) during which the surcharge does not run. */
    public record Pause(LocalDate from, LocalDate to) {
        public Pause {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a pause cannot end before it starts");
            }
        }
    }

    private final BigDecimal dailyRate;

    public LatePayment(BigDecimal dailyRate) {
        this.dailyRate = dailyRate;
    }

    public static LatePayment statutory() {
        return new LatePayment(new BigDecimal("0.03"));
    }

    /** Days that count: after {@code due}, up to and including {@code on}, less paused days. */
    public long countedDays(LocalDate due, LocalDate on, List<Pause> pauses) {
        if (!on.isAfter(due)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(due, on);
        for (Pause p : merged(pauses)) {
            LocalDate from = p.from().isAfter(due) ? p.from() : due.plusDays(1);
            LocalDate to = p.to().isBefore(on) ? p.to() : on;
            if (!to.isBefore(from)) {
                days -= ChronoUnit.DAYS.between(from, to) + 1;
            }
        }
        return Math.max(0, days);
    }

    /**
     * Reconsideration and litigation can run at once (or a pause be entered twice): a day paused
     * by both is still one day, so overlapping and touching spans are joined before counting.
     */
    static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        List<Pause> joined = new ArrayList<>();
        for (Pause p : sorted) {
            Pause last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !p.from().isAfter(last.to().plusDays(1))) {
                joined.set(joined.size() - 1, new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    /** The surcharge owed on {@code on} for a fine due on {@code due}, in yuan to the fen. */
    public BigDecimal surcharge(BigDecimal fine, LocalDate due, LocalDate on, List<Pause> pauses) {
        long days = countedDays(due, on, pauses);
        BigDecimal amount = fine.multiply(dailyRate).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
        return amount.min(fine.setScale(2, RoundingMode.HALF_UP));
    }
}
