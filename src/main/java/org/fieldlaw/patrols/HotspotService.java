package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.patrols.model.HotspotGrid;
import org.fieldlaw.security.Caller;

/**
 * Hot spots of illegal building for the console map: new sites over a period counted per grid
 * cell and per town, split into urban, rural and villa-area, as GeoJSON. Counted in PostgreSQL
 * (one grouped query), drawn in Java.
 */
@ApplicationScoped
public class HotspotService {

    /** Jiangmen's latitude: cells stay square on the ground across the city. */
    static final double REFERENCE_LATITUDE = 22.6;

    @RegisterForReflection
    public record Counts(long urban, long rural, long villa, long total) {
    }

    @RegisterForReflection
    public record Feature(String type, Map<String, Object> geometry, Map<String, Object> properties) {
    }

    @RegisterForReflection
    public record FeatureCollection(String type, List<Feature> features, Map<String, Counts> byTown, LocalDate from, LocalDate to,
            double cellMetres) {
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;

    HotspotService(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @Transactional
    public FeatureCollection hotspots(LocalDate from, LocalDate to, double cellMetres, HotspotGrid.Bounds viewport) {
        HotspotGrid grid = new HotspotGrid(cellMetres, REFERENCE_LATITUDE);
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        boolean whole = viewport == null;
        // One row per cell and town with the three counts; the point index only helps when a viewport narrows the scan.
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
                .setParameter(4, from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter(5, to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        if (!whole) {
            query.setParameter(6, viewport.west()).setParameter(7, viewport.south())
                    .setParameter(8, viewport.east()).setParameter(9, viewport.north());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<HotspotGrid.Cell, long[]> cells = new LinkedHashMap<>();
        Map<String, long[]> towns = new TreeMap<>();
        for (Object[] row : rows) {
            HotspotGrid.Cell cell = new HotspotGrid.Cell(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            long[] n = { ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue() };
            long[] c = cells.computeIfAbsent(cell, k -> new long[3]);
            String town = directory.tree().find((String) row[2]).map(JurisdictionTree.Node::name).orElse((String) row[2]);
            long[] t = towns.computeIfAbsent(town, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                c[i] += n[i];
                t[i] += n[i];
            }
        }
        List<Feature> features = new ArrayList<>();
        cells.forEach((cell, n) -> {
            HotspotGrid.Bounds b = grid.bounds(cell);
            Map<String, Object> geometry = Map.of("type", "Polygon", "coordinates", List.of(List.of(
                    List.of(b.west(), b.south()), List.of(b.east(), b.south()), List.of(b.east(), b.north()),
                    List.of(b.west(), b.north()), List.of(b.west(), b.south()))));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("urban", n[0]);
            properties.put("rural", n[1]);
            properties.put("villa", n[2]);
            properties.put("total", n[0] + n[1] + n[2]);
            features.add(new Feature("Feature", geometry, properties));
        });
        Map<String, Counts> byTown = new LinkedHashMap<>();
        towns.forEach((town, n) -> byTown.put(town, new Counts(n[0], n[1], n[2], n[0] + n[1] + n[2])));
        return new FeatureCollection("FeatureCollection", features, byTown, from, to, cellMetres);
    }
}
