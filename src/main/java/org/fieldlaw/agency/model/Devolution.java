package org.fieldlaw.agency.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One grant of a matter to a town (赋权事项): in force from {@code effectiveFrom}, and, when
 * taken back (收回), no longer from {@code revokedFrom}.
 */
public record Devolution(String townCode, String matterCode, LocalDate effectiveFrom, LocalDate revokedFrom) {

    public Devolution {
        Objects.requireNonNull(townCode, "townCode");
        Objects.requireNonNull(matterCode, "matterCode");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (revokedFrom != null && !revokedFrom.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("revokedFrom must come after effectiveFrom");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (revokedFrom == null || day.isBefore(revokedFrom));
    }
}
