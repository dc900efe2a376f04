package org.fieldlaw.agency;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fieldlaw.agency.model.ReferenceCsv;
import org.fieldlaw.agency.model.ScheduledDay;

/**
 * Loads the reference files shipped in {@code reference/}: Jiangmen's divisions (added where
 * missing, never overwritten) and the holiday schedule of each year not yet in the database
 * (a year an administrator has changed keeps the administrator's version).
 */
@ApplicationScoped
public class ReferenceDataLoader {

    static final String DIVISIONS = "reference/jiangmen-divisions.csv";
    static final String HOLIDAYS = "reference/cn-holidays.csv";
    static final String HOLIDAY_SOURCE = "国务院办公厅关于放假安排的通知 (shipped reference data)";

    private final EntityManager em;

    ReferenceDataLoader(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void load() {
        int divisions = loadDivisions();
        int years = loadHolidays();
        Log.infof("Reference data: %d new jurisdictions, %d new calendar years", divisions, years);
    }

    private int loadDivisions() {
        int added = 0;
        for (ReferenceCsv.Division d : read(DIVISIONS, ReferenceCsv::divisions)) {
            added += em.createNativeQuery("""
                    insert into jurisdiction (code, name, level, kind, parent_code, official_code)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (code) do nothing""")
                    .setParameter(1, d.code()).setParameter(2, d.name()).setParameter(3, d.level().name())
                    .setParameter(4, d.kind()).setParameter(5, d.parentCode()).setParameter(6, d.officialCode())
                    .executeUpdate();
        }
        return added;
    }

    private int loadHolidays() {
        Map<Integer, List<ScheduledDay>> byYear = read(HOLIDAYS, ReferenceCsv::holidays).stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new, Collectors.toList()));
        int added = 0;
        for (Map.Entry<Integer, List<ScheduledDay>> year : byYear.entrySet()) {
            if (CalendarYear.findById(year.getKey()) != null) {
                continue;
            }
            CalendarYear row = new CalendarYear();
            row.year = year.getKey();
            row.source = HOLIDAY_SOURCE;
            row.updatedAt = OffsetDateTime.now();
            row.persist();
            for (ScheduledDay day : year.getValue()) {
                CalendarDay d = new CalendarDay();
                d.day = day.date();
                d.year = year.getKey();
                d.kind = day.kind();
                d.name = day.name();
                d.persist();
            }
            added++;
        }
        return added;
    }

    private interface CsvReader<T> {
        List<T> read(InputStreamReader reader) throws IOException;
    }

    private static <T> List<T> read(String resource, CsvReader<T> parser) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + resource);
            }
            return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
