package org.fieldlaw.agency.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The State Council schedule that ships with the service (reference/cn-holidays.csv), as the rules' tests read it. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static WorkingDayCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (var in = ShippedCalendar.class.getClassLoader().getResourceAsStream("reference/cn-holidays.csv")) {
            for (ScheduledDay day : ReferenceCsv.holidays(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                days.put(day.date(), day.kind());
                years.add(day.date().getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, years);
    }
}
