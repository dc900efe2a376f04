package org.fieldlaw.patrols;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Local choices of patrols and sites (fieldlaw.patrols.*), defaults per issue 5. */
@ConfigMapping(prefix = "fieldlaw.patrols")
public interface PatrolConfig {

    /** A report this close to an open site is a visit to it. */
    @WithDefault("30")
    double attachMetres();

    /** A restrained site is visited again within this many working days. */
    @WithDefault("3")
    int reinspectionWorkingDays();
}
