package org.fieldlaw.patrols.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A demolition order (责令限期拆除) whose deadline has passed while the site is still under it: the
 * party did not demolish in time, and the county may seal and demolish by force (Planning Law Art 68).
 * Nothing waits for a visit to notice it.
 */
public final class OverdueDemolition {

    private OverdueDemolition() {
    }

    /** The sign to put on the alarm, when the order on the site is overdue on {@code today}. */
    public static Optional<String> sign(SiteStatus status, LocalDate deadline, LocalDate today) {
        if (status != SiteStatus.DEMOLITION_ORDERED || deadline == null || !today.isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of("限期拆除期限 " + deadline + " 已过，未见拆除 (the demolition deadline passed and the building stands)");
    }
}
