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
}
