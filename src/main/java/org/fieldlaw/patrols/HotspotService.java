package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Clocks;
import org.fieldlaw.common.Params;
import org.fieldlaw.patrols.model.HotspotGrid;

/**
 * Hot spots of illegal building for the console map: new sites over a period counted per grid
 * cell and per town, split into urban, rural and villa-area, as GeoJSON. Counted in PostgreSQL
 * (one grouped query), drawn in Java.
 */
@ApplicationScoped
public class HotspotService {

    /** Jiangmen's latitude: cells stay square on the ground across the city. */
    public static final double REFERENCE_LATITUDE = 22.6;

    private static final ZoneId ZONE = Clocks.LEGAL_ZONE;

    @RegisterForReflection
    public record Counts(long urban, long rural, long villa, long total) {
    }

    /** A GeoJSON polygon: one ring of [longitude, latitude], rounded to 1e-6° (about 0.1 m). */
    @RegisterForReflection
    public record Polygon(String type, double[][][] coordinates) {
    }

    @RegisterForReflection
    public record Feature(String type, Polygon geometry, Counts properties) {
    }

    @RegisterForReflection
    public record FeatureCollection(String type, List<Feature> features, Map<String, Counts> byTown, LocalDate from, LocalDate to,
            double cellMetres) {
    }

    /** Counts of one grid cell in one town. */
    record CellCount(long row, long column, String place, long urban, long rural, long villa) {
    }

    /** Sites stored just before midnight may commit just after: a day is counted as closed only this long after it ended. */
    static final Duration SETTLE = Duration.ofMinutes(10);

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final HotspotCache cache;
    private final Clock clock;

    HotspotService(Caller caller, JurisdictionDirectory directory, HotspotCache cache, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.cache = cache;
        this.clock = clock;
    }

    /** A hot-spot period: days, both included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The period asked for as text, by default the last 90 days to today; at most five years, from not after to. */
    public Period period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : Params.date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(90) : Params.date("from", from);
        if (start.isAfter(end) || start.plusYears(5).isBefore(end)) {
            throw ApiException.invalid("from", "期间须在五年以内且 from 不晚于 to (a period of at most five years, from not after to)");
        }
        return new Period(start, end);
    }

    @Transactional
    public FeatureCollection hotspots(LocalDate from, LocalDate to, double cellMetres, HotspotGrid.Bounds viewport) {
        HotspotGrid grid = new HotspotGrid(cellMetres, REFERENCE_LATITUDE);
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        // Whole past days come from the cache; the days since are counted fresh (a small read on the creation-time index).
        LocalDate closedThrough = clock.instant().minus(SETTLE).atZone(ZONE).toLocalDate().minusDays(1);
        List<CellCount> counts = new ArrayList<>();
        if (!from.isAfter(closedThrough)) {
            LocalDate through = to.isBefore(closedThrough) ? to : closedThrough;
            HotspotCache.Key key = new HotspotCache.Key(caller.jurisdictionCode(), from, through, cellMetres, viewport);
            counts.addAll(cache.get(key, () -> count(places, from, through, grid, viewport, cellMetres)));
            if (to.isAfter(closedThrough)) {
                counts.addAll(count(places, closedThrough.plusDays(1), to, grid, viewport, cellMetres));
            }
        } else {
            counts.addAll(count(places, from, to, grid, viewport, cellMetres));
        }
        Map<HotspotGrid.Cell, long[]> cells = new LinkedHashMap<>();
        Map<String, long[]> towns = new TreeMap<>();
        for (CellCount row : counts) {
            HotspotGrid.Cell cell = new HotspotGrid.Cell(row.row(), row.column());
            long[] n = { row.urban(), row.rural(), row.villa() };
            long[] c = cells.computeIfAbsent(cell, k -> new long[3]);
            String town = directory.tree().nameOf(row.place());
            long[] t = towns.computeIfAbsent(town, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                c[i] += n[i];
                t[i] += n[i];
            }
        }
        List<Feature> features = new ArrayList<>();
        cells.forEach((cell, n) -> {
            HotspotGrid.Bounds b = grid.bounds(cell);
            double w = round(b.west());
            double so = round(b.south());
            double e = round(b.east());
            double no = round(b.north());
            Polygon geometry = new Polygon("Polygon", new double[][][] { { { w, so }, { e, so }, { e, no }, { w, no }, { w, so } } });
            Counts properties = new Counts(n[0], n[1], n[2], n[0] + n[1] + n[2]);
            features.add(new Feature("Feature", geometry, properties));
        });
        Map<String, Counts> byTown = new LinkedHashMap<>();
        towns.forEach((town, n) -> byTown.put(town, new Counts(n[0], n[1], n[2], n[0] + n[1] + n[2])));
        return new FeatureCollection("FeatureCollection", features, byTown, from, to, cellMetres);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** The cell of the monthly tally (V32): whole multiples of it are read from the tally. */
    static final double TALLY_CELL_METRES = 2000;

    /**
     * One row per cell and town with the three counts, for sites created on the days from {@code from} through
     * {@code to}. A city-wide question in cells of whole multiples of 2 km reads the whole months of its period from
     * the monthly tally and only the days at either edge from the sites; anything else counts the sites.
     */
    private static List<CellCount> count(List<String> places, LocalDate from, LocalDate to, HotspotGrid grid, HotspotGrid.Bounds viewport,
            double cellMetres) {
        long multiple = Math.round(cellMetres / TALLY_CELL_METRES);
        if (viewport != null || multiple < 1 || multiple * TALLY_CELL_METRES != cellMetres) {
            return countSites(places, from, to, grid, viewport);
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.plusDays(1);
        LocalDate wholeUntil = end.withDayOfMonth(1);
        if (!firstWhole.isBefore(wholeUntil)) {
            return countSites(places, from, to, grid, null);
        }
        List<CellCount> counts = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            counts.addAll(countSites(places, from, firstWhole.minusDays(1), grid, null));
        }
        counts.addAll(countTally(places, firstWhole, wholeUntil, multiple));
        if (wholeUntil.isBefore(end)) {
            counts.addAll(countSites(places, wholeUntil, to, grid, null));
        }
        return counts;
    }

    /** The tallied months from {@code from} (a first of the month) up to {@code until} (exclusive), summed into cells of {@code multiple} tally cells. */
    private static List<CellCount> countTally(List<String> places, LocalDate from, LocalDate until, long multiple) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select floor(cell_row::numeric / ?1)::bigint, floor(cell_col::numeric / ?1)::bigint, place_code,
                       sum(urban), sum(rural), sum(villa)
                from site_month_tally
                where place_code in (?2) and month >= ?3 and month < ?4
                group by 1, 2, 3
                having sum(urban) + sum(rural) + sum(villa) > 0""")
                .setParameter(1, multiple)
                .setParameter(2, places)
                .setParameter(3, from)
                .setParameter(4, until)
                .getResultList();
        return rows.stream().map(HotspotService::cellCount).toList();
    }

    private static CellCount cellCount(Object[] r) {
        return new CellCount(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
    }

    private static List<CellCount> countSites(List<String> places, LocalDate from, LocalDate to, HotspotGrid grid, HotspotGrid.Bounds viewport) {
        boolean whole = viewport == null;
        // The point index only helps when a viewport narrows the scan.
        var query = Panache.getEntityManager().createNativeQuery("""
                select floor(latitude / ?1)::bigint, floor(longitude / ?2)::bigint, place_code,
                       count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
                       count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
                       count(*) filter (where villa_area)
                from site
                where place_code in (?3) and created_at >= ?4 and created_at < ?5
                """ + (whole ? "" : " and point(longitude, latitude) <@ box(point(?6, ?7), point(?8, ?9))") + """
                group by 1, 2, 3""")
                .setParameter(1, grid.latitudeStep())
                .setParameter(2, grid.longitudeStep())
                .setParameter(3, places)
                .setParameter(4, from.atStartOfDay(ZONE).toOffsetDateTime())
                .setParameter(5, to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        if (!whole) {
            query.setParameter(6, viewport.west()).setParameter(7, viewport.south())
                    .setParameter(8, viewport.east()).setParameter(9, viewport.north());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(HotspotService::cellCount).toList();
    }
}
