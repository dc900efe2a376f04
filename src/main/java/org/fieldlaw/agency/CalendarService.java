package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldlaw.agency.CalendarDto.DayEntry;
import org.fieldlaw.agency.CalendarDto.YearView;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.ScheduledDay;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;

/** Keeps the working-day calendar in memory and lets administrators replace a year's schedule. */
@ApplicationScoped
public class CalendarService {

    /** Another replica may have replaced a year: a cached calendar is read again after this long. */
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Cached(WorkingDayCalendar calendar, Instant loadedAt) {
    }

    private final AtomicReference<Cached> calendar = new AtomicReference<>();

    public WorkingDayCalendar calendar() {
        Cached current = calendar.get();
        if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
            current = new Cached(load(), Instant.now());
            calendar.set(current);
        }
        return current.calendar();
    }

    @Transactional
    WorkingDayCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (CalendarDay day : CalendarDay.<CalendarDay>listAll()) {
            days.put(day.day, day.kind);
        }
        Set<Integer> years = new HashSet<>();
        for (CalendarYear year : CalendarYear.<CalendarYear>listAll()) {
            years.add(year.year);
        }
        return new WorkingDayCalendar(days, years);
    }

    @Transactional
    public YearView yearView(int year) {
        CalendarYear row = CalendarYear.findById(year);
        List<DayEntry> days = CalendarDay.<CalendarDay>list("year = ?1 order by day", year).stream()
                .map(d -> new DayEntry(d.day, d.kind, d.name)).toList();
        return row == null
                ? new YearView(year, false, null, null, days)
                : new YearView(year, true, row.source, row.version, days);
    }

    /**
     * Replaces the schedule of a year. {@code expectedVersion} is the version the caller read,
     * or null when the year is new.
     */
    @Transactional
    public CalendarYear replaceYear(int year, String source, List<ScheduledDay> days, Long expectedVersion) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ScheduledDay day = days.get(i);
            if (day.date().getYear() != year) {
                violations.add(new Problem.Violation("days[" + i + "].date", "不在 " + year + " 年内 (not in year " + year + ")"));
            }
            if (!seen.add(day.date())) {
                violations.add(new Problem.Violation("days[" + i + "].date", "日期重复 (duplicate date)"));
            }
            boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
            if (day.kind() == DayKind.WORKDAY && !weekend) {
                violations.add(new Problem.Violation("days[" + i + "].kind", "调休上班日应为周末 (a make-up working day falls on a weekend)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "节假日安排有误 (the schedule has errors)", violations);
        }
        CalendarYear row = CalendarYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (row == null && expectedVersion != null) {
            throw ApiException.notFound("calendar year", year);
        }
        if (row != null) {
            if (expectedVersion == null) {
                throw new ApiException(ProblemType.VERSION_REQUIRED, "该年度已存在，修改须携带 If-Match (the year exists: send If-Match)");
            }
            if (row.version != expectedVersion) {
                throw new ApiException(ProblemType.STALE_VERSION, "版本已变更 (stale version)").with("currentVersion", row.version);
            }
            CalendarDay.delete("year", year);
            row.source = source;
            row.updatedAt = OffsetDateTime.now();
        } else {
            row = new CalendarYear();
            row.year = year;
            row.source = source;
            row.updatedAt = OffsetDateTime.now();
            row.persist();
        }
        for (ScheduledDay day : days) {
            CalendarDay d = new CalendarDay();
            d.day = day.date();
            d.year = year;
            d.kind = day.kind();
            d.name = day.name();
            d.persist();
        }
        CalendarYear.flush();
        calendar.set(null);
        return row;
    }
}
