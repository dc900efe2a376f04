package org.fieldlaw.agency.model;

import java.time.LocalDate;
import java.util.Objects;

/** One line of a State Council holiday schedule. */
public record ScheduledDay(LocalDate date, DayKind kind, String name) {

    public ScheduledDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
