package org.fieldlaw.agency.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar behind every legal deadline (APL Art 85: the 2-, 3-, 5- and 7-day
 * periods are working days). Weekends are days off unless the schedule makes them make-up
 * working days; weekdays are working days unless the schedule makes them holidays.
 *
 * <p>Years whose schedule has not been loaded are treated as weekends only, and say so through
 * {@link #isScheduleLoaded(int)}, so a deadline running into such a year can be flagged.
 */
public final class WorkingDayCalendar {

    /** Far enough for any APL period; guards against a runaway loop on a broken schedule. */
    private static final int MAX_SPAN_DAYS = 3 * 366;

    private final Map<LocalDate, DayKind> exceptions;
    private final Set<Integer> loadedYears;

    public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions, Set<Integer> loadedYears) {
        this.exceptions = new TreeMap<>(Objects.requireNonNull(exceptions));
        this.loadedYears = new TreeSet<>(Objects.requireNonNull(loadedYears));
    }

    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Map.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean isScheduleLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return Set.copyOf(loadedYears);
    }

    /**
     * The date on which a period of {@code workingDays} working days that starts the day after
     * {@code start} ends: "within 7 working days of the decision" ends on
     * {@code addWorkingDays(decisionDate, 7)}. Zero returns {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        if (workingDays > MAX_SPAN_DAYS / 2) {
            throw new IllegalArgumentException("workingDays too large for a legal period: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period counted in days, months or years whose nominal last day is
     * {@code lastDay}: a period that would end on a day off ends on the next working day instead
     * (Civil Code Art 203). A make-up working day is a working day, so a period may end on it.
     */
    public LocalDate periodEnd(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        LocalDate day = lastDay;
        for (int i = 0; !isWorkingDay(day); i++) {
            if (i > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no working day after " + lastDay);
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: how many working days of a
     * period starting on {@code from} have passed by the end of {@code to}. Negative when
     * {@code to} lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (from.plusDays(MAX_SPAN_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("span too long for a legal period: " + from + " to " + to);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
