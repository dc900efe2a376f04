package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a tier narrows a statutory range when the baseline has no row of its own for that tier
 * (published methods, Sichuan-style; every figure is configuration):
 * with only a maximum, 一般 is 40%–60% of it and 从轻 at most 20%; a range from a minimum to a
 * maximum is cut into a lower, middle and upper part; 减轻 lies below the statutory minimum.
 */
public final class TierBands {

    /** Fractions of a range: 0 is its minimum (or 0 for a maximum-only standard), 1 its maximum. */
    public record Band(BigDecimal low, BigDecimal high) {
        public Band {
            Objects.requireNonNull(low);
            Objects.requireNonNull(high);
            if (low.signum() < 0 || high.compareTo(BigDecimal.ONE) > 0 || high.compareTo(low) < 0) {
                throw new IllegalArgumentException("a band lies within 0..1: " + low + ".." + high);
            }
        }

        public static Band of(String low, String high) {
            return new Band(new BigDecimal(low), new BigDecimal(high));
        }

        /** A band as configuration writes it: {@code 0.4..0.6}. */
        public static Band parse(String text) {
            String[] ends = text.trim().split("\\.\\.");
            if (ends.length != 2) {
                throw new IllegalArgumentException("a band is written low..high, e.g. 0.4..0.6: " + text);
            }
            return of(ends[0].trim(), ends[1].trim());
        }
    }

    private final Map<Tier, Band> ofMaximum;
    private final Map<Tier, Band> ofRange;

    public TierBands(Map<Tier, Band> ofMaximum, Map<Tier, Band> ofRange) {
        this.ofMaximum = new EnumMap<>(ofMaximum);
        this.ofRange = new EnumMap<>(ofRange);
        for (Tier tier : new Tier[] { Tier.MITIGATED, Tier.LIGHTER, Tier.GENERAL, Tier.HEAVIER }) {
            if (!this.ofMaximum.containsKey(tier) || !this.ofRange.containsKey(tier)) {
                throw new IllegalArgumentException("tier bands must cover " + tier);
            }
        }
    }

    public static TierBands defaults() {
        return new TierBands(
                Map.of(Tier.MITIGATED, Band.of("0", "0.1"), Tier.LIGHTER, Band.of("0", "0.2"),
                        Tier.GENERAL, Band.of("0.4", "0.6"), Tier.HEAVIER, Band.of("0.6", "1")),
                // For a range, 减轻 is a share of the minimum (below it), the others shares of min..max.
                Map.of(Tier.MITIGATED, Band.of("0", "1"), Tier.LIGHTER, Band.of("0", "0.3"),
                        Tier.GENERAL, Band.of("0.3", "0.7"), Tier.HEAVIER, Band.of("0.7", "1")));
    }

    public Band ofMaximum(Tier tier) {
        return ofMaximum.get(tier);
    }

    public Band ofRange(Tier tier) {
        return ofRange.get(tier);
    }
}
