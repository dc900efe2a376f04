package org.fieldlaw.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Dates of legal meaning are local dates in Asia/Shanghai (docs/architecture.md §3). */
@ApplicationScoped
public class Clocks {

    public static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock legalClock() {
        return Clock.system(LEGAL_ZONE);
    }
}
