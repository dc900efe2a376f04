package org.fieldlaw.patrols;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Local choices of patrols and sites (fieldlaw.patrols.*), defaults per docs/domain.md §6. */
@ConfigMapping(prefix = "fieldlaw.patrols")
public interface PatrolConfig {

    /** A report this close to an open site is a visit to it. */
    @WithDefault("30")
    double attachMetres();

    /** A restrained site is visited again within this many working days. */
    @WithDefault("3")
    int reinspectionWorkingDays();

    /** Hot-spot answers for whole past days kept in memory (0: none). */
    @WithDefault("256")
    int hotspotCacheEntries();

    /** How much two measurements of the same building may differ before it counts as progress (docs/domain.md §6). */
    Tolerance tolerance();

    interface Tolerance {
        /** A share of the earlier floor area ... */
        @WithDefault("0.05")
        BigDecimal areaShare();

        /** ... but never less than this many square metres. */
        @WithDefault("2")
        BigDecimal areaMinimum();

        /** Metres of height. */
        @WithDefault("0.3")
        BigDecimal height();
    }

    /** How often the service looks for demolition orders run out of time ("off" stops it; Planning Law Art 68). */
    @WithDefault("1h")
    String overdueCheckEvery();

    /** The baseline's violation for building without a planning permit in an urban or town planning area (Planning Law Art 64). */
    @WithDefault("JM-GH-064")
    String urbanViolation();

    /** … in a township or village planning area (Art 65). */
    @WithDefault("JM-GH-065")
    String villageViolation();

    /** … for temporary construction (Art 66). */
    @WithDefault("JM-GH-066")
    String temporaryViolation();
}
