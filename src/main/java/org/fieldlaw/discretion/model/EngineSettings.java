package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Local choices of the discretion engine, all configuration (docs/domain.md: a local figure is never a constant).
 *
 * @param suggestedPosition where in the computed range the suggested amount lies (0.5 = the middle)
 * @param repeatThreshold this many violations or more within a year (三次以上: 以上 includes the number) make the case 从重
 * @param limitationYears APL Art 36: 2 years
 * @param longLimitationYears APL Art 36: 5 years where life, health or financial security was harmed
 */
public record EngineSettings(TierBands bands, BigDecimal suggestedPosition, int repeatThreshold, int limitationYears,
        int longLimitationYears) {

    public EngineSettings {
        Objects.requireNonNull(bands, "bands");
        if (suggestedPosition.signum() < 0 || suggestedPosition.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("suggestedPosition lies within 0..1");
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(TierBands.defaults(), new BigDecimal("0.5"), 3, 2, 5);
    }
}
