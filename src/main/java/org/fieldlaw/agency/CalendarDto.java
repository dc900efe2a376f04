package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fieldlaw.agency.model.DayKind;

/** Request and response bodies of the working-day calendar. */
public final class CalendarDto {

    private CalendarDto() {
    }

    @RegisterForReflection
    public record DayEntry(@NotNull LocalDate date, @NotNull DayKind kind, @NotBlank @Size(max = 64) String name) {
    }

    @RegisterForReflection
    public record YearRequest(@NotBlank @Size(max = 256) String source, @NotNull @Size(max = 200) List<@Valid @NotNull DayEntry> days) {
    }

    @RegisterForReflection
    public record YearView(int year, boolean scheduleLoaded, String source, Long version, List<DayEntry> days) {
    }

    @RegisterForReflection
    public record DeadlineView(LocalDate from, int workingDays, LocalDate due, boolean scheduleLoaded, String warning) {
    }

    @RegisterForReflection
    public record SpanView(LocalDate from, LocalDate to, int workingDays, boolean scheduleLoaded, String warning) {
    }
}
