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
 * (whole months from the monthly tallies, the days at the period's edges from the sites), drawn in Java.
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
        // The answer depends on the cells a viewport touches, not on its exact edges: a map panned within them asks the same.
        HotspotGrid.CellRange touched = viewport == null ? null : grid.cellsTouching(viewport);
        // Whole past days come from the cache; the days since are counted fresh (a small read on the creation-time index).
        LocalDate closedThrough = clock.instant().minus(SETTLE).atZone(ZONE).toLocalDate().minusDays(1);
        List<CellCount> counts = new ArrayList<>();
        if (!from.isAfter(closedThrough)) {
            LocalDate through = to.isBefore(closedThrough) ? to : closedThrough;
            HotspotCache.Key key = new HotspotCache.Key(caller.jurisdictionCode(), from, through, cellMetres, touched);
            counts.addAll(cache.get(key, () -> count(places, from, through, grid, touched, cellMetres)));
            if (to.isAfter(closedThrough)) {
                counts.addAll(count(places, closedThrough.plusDays(1), to, grid, touched, cellMetres));
            }
        } else {
            counts.addAll(count(places, from, to, grid, touched, cellMetres));
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

    /** The cell of the city-wide monthly tally (V32), keyed by town first. */
    static final double TALLY_CELL_METRES = 2000;

    /** The cell of the fine monthly tally (V33), keyed by cell first: a viewport's cells are one range of its index. */
    static final double FINE_TALLY_CELL_METRES = 500;

    /** Where whole months are read from, and in how many of its cells to a cell of the question. */
    private record Tally(String table, long multiple) {

        /** The city-wide tally for a question without a viewport in whole multiples of 2 km, else the fine one; none for other sizes. */
        static Tally forQuestion(double cellMetres, boolean inViewport) {
            long coarse = Math.round(cellMetres / TALLY_CELL_METRES);
            if (!inViewport && coarse >= 1 && coarse * TALLY_CELL_METRES == cellMetres) {
                return new Tally("site_month_tally", coarse);
            }
            long fine = Math.round(cellMetres / FINE_TALLY_CELL_METRES);
            return fine >= 1 && fine * FINE_TALLY_CELL_METRES == cellMetres ? new Tally("site_month_fine_tally", fine) : null;
        }
    }

    /**
     * One row per cell and town with the three counts, for sites created on the days from {@code from} through
     * {@code to}, in the {@code cells} a viewport touches (whole cells) or, without them, everywhere. A question in cells of whole
     * multiples of 500 m reads the whole months of its period from a monthly tally and only the days at either edge
     * from the sites; other cell sizes count the sites.
     */
    private static List<CellCount> count(List<String> places, LocalDate from, LocalDate to, HotspotGrid grid, HotspotGrid.CellRange cells,
            double cellMetres) {
        Tally tally = Tally.forQuestion(cellMetres, cells != null);
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.plusDays(1);
        LocalDate wholeUntil = end.withDayOfMonth(1);
        if (tally == null || !firstWhole.isBefore(wholeUntil)) {
            return countSites(places, from, to, grid, cells);
        }
        List<CellCount> counts = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            counts.addAll(countSites(places, from, firstWhole.minusDays(1), grid, cells));
        }
        counts.addAll(countTally(tally, places, firstWhole, wholeUntil, cells == null ? null : cells.finer(tally.multiple())));
        if (wholeUntil.isBefore(end)) {
            counts.addAll(countSites(places, wholeUntil, to, grid, cells));
        }
        return counts;
    }

    /**
     * The tallied months from {@code from} (a first of the month) up to {@code until} (exclusive), in the tally's cells
     * of {@code cells} if given, summed into cells of {@code tally.multiple()} tally cells.
     */
    private static List<CellCount> countTally(Tally tally, List<String> places, LocalDate from, LocalDate until, HotspotGrid.CellRange cells) {
        var query = Panache.getEntityManager().createNativeQuery("""
                select floor(cell_row::numeric / ?1)::bigint, floor(cell_col::numeric / ?1)::bigint, place_code,
                       sum(urban), sum(rural), sum(villa)
                from %s
                where place_code in (?2) and month >= ?3 and month < ?4
                """.formatted(tally.table()) + (cells == null ? "" : " and cell_row between ?5 and ?6 and cell_col between ?7 and ?8") + """
                 group by 1, 2, 3
                having sum(urban) + sum(rural) + sum(villa) > 0""")
                .setParameter(1, tally.multiple())
                .setParameter(2, places)
                .setParameter(3, from)
                .setParameter(4, until);
        if (cells != null) {
            query.setParameter(5, cells.firstRow()).setParameter(6, cells.lastRow())
                    .setParameter(7, cells.firstColumn()).setParameter(8, cells.lastColumn());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(HotspotService::cellCount).toList();
    }

    private static CellCount cellCount(Object[] r) {
        return new CellCount(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
    }

    private static List<CellCount> countSites(List<String> places, LocalDate from, LocalDate to, HotspotGrid grid, HotspotGrid.CellRange cells) {
        boolean whole = cells == null;
        // The point index narrows the scan to the cells' ground; the cell bounds then keep a point on the box's far edge
        // (the next cell's) out.
        var query = Panache.getEntityManager().createNativeQuery("""
                select floor(latitude / ?1)::bigint, floor(longitude / ?2)::bigint, place_code,
                       count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
                       count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
                       count(*) filter (where villa_area)
                from site
                where place_code in (?3) and created_at >= ?4 and created_at < ?5
                """ + (whole ? "" : """
                 and point(longitude, latitude) <@ box(point(?6, ?7), point(?8, ?9))
                 and floor(latitude / ?1)::bigint between ?10 and ?11 and floor(longitude / ?2)::bigint between ?12 and ?13
                """) + """
                group by 1, 2, 3""")
                .setParameter(1, grid.latitudeStep())
                .setParameter(2, grid.longitudeStep())
                .setParameter(3, places)
                .setParameter(4, from.atStartOfDay(ZONE).toOffsetDateTime())
                .setParameter(5, to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        if (!whole) {
            HotspotGrid.Bounds ground = grid.bounds(cells);
            query.setParameter(6, ground.west()).setParameter(7, ground.south()).setParameter(8, ground.east()).setParameter(9, ground.north())
                    .setParameter(10, cells.firstRow()).setParameter(11, cells.lastRow())
                    .setParameter(12, cells.firstColumn()).setParameter(13, cells.lastColumn());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(HotspotService::cellCount).toList();
    }
}
