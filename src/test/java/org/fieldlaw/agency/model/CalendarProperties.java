package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The working-day calendar (APL Art 85) over the State Council schedules of 2025 and 2026, at random
 * start days and lengths: a period counted forward and back is the same period, and it ends on a
 * working day.
 */
class CalendarProperties {

    static final WorkingDayCalendar CALENDAR = load();

    static WorkingDayCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (var in = CalendarProperties.class.getClassLoader().getResourceAsStream("reference/cn-holidays.csv")) {
            for (ScheduledDay day : ReferenceCsv.holidays(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                days.put(day.date(), day.kind());
                years.add(day.date().getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, years);
    }

    @Property(tries = 500)
    void addingNWorkingDaysThenCountingThemBackGivesN(@ForAll @IntRange(max = 700) int dayOfSpan,
            @ForAll @IntRange(max = 60) int workingDays) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(dayOfSpan);
        LocalDate end = CALENDAR.addWorkingDays(start, workingDays);
        assertEquals(workingDays, CALENDAR.workingDaysBetween(start, end), start + " + " + workingDays + " = " + end);
        assertTrue(workingDays == 0 || CALENDAR.isWorkingDay(end), end + " is not a working day");
    }
}
