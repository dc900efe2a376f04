package org.fieldlaw.patrols;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
