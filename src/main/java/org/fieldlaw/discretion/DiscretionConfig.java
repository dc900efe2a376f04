package org.fieldlaw.discretion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Local choices of the discretion engine (fieldlaw.discretion.*), defaults per docs/domain.md §3–4. */
@ConfigMapping(prefix = "fieldlaw.discretion")
public interface DiscretionConfig {

    /** Where in the computed range the suggested amount lies: 0 the minimum, 0.5 the middle, 1 the maximum. */
    @WithDefault("0.5")
    BigDecimal suggestedPosition();

    /** This many violations of the same field or more within a year make a case 从重 (三次以上 includes three). */
    @WithDefault("3")
    int repeatThreshold();

    @WithDefault("2")
    int limitationYears();

    @WithDefault("5")
    int longLimitationYears();

    /**
     * Parties whose decided cases a replica keeps in memory, the most recently assessed first; any other is read
     * from the database when assessed. Bounded, so neither start-up nor memory grows with the years of history.
     */
    @WithDefault("50000")
    int historyCacheSize();

    /** How a tier narrows a range where the baseline has no row for it (docs/domain.md §3), each band {@code low..high}. */
    Bands bands();

    interface Bands {
        /** Shares of the maximum, for a standard with only a maximum. */
        @WithDefault("0..0.1")
        String maximumMitigated();

        @WithDefault("0..0.2")
        String maximumLighter();

        @WithDefault("0.4..0.6")
        String maximumGeneral();

        @WithDefault("0.6..1")
        String maximumHeavier();

        /** For a range, 减轻 is a share of the minimum (below it), the others shares of min..max. */
        @WithDefault("0..1")
        String rangeMitigated();

        @WithDefault("0..0.3")
        String rangeLighter();

        @WithDefault("0.3..0.7")
        String rangeGeneral();

        @WithDefault("0.7..1")
        String rangeHeavier();
    }
}
