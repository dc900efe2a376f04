package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.Clocks;
import org.fieldlaw.patrols.model.HotspotGrid;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.patrols.model.TrackThinning;

/**
 * What the console's map draws from this module, for the caller's jurisdiction: sites in a viewport
 * with their status and open alarms, and the patrol tracks of a day. Read in a few set-based queries
 * (a city holds a hundred thousand sites), never through the entities.
 */
@ApplicationScoped
public class PatrolMap {

    public record MapSite(UUID id, double latitude, double longitude, SiteStatus status, String address, long openAlarms) {
    }

    /** The sites found, at most the limit asked for; sites with an open alarm come first, so none of them is left off. */
    public record Sites(List<MapSite> items, boolean more) {
    }

    /** A patrol's track as [longitude, latitude] pairs in the order the fixes were taken. */
    public record DayTrack(UUID patrolId, String area, List<String> officers, OffsetDateTime startedAt, OffsetDateTime endedAt,
            List<double[]> line) {
    }

    static final int MAX_TRACKS = 200;

    private final Caller caller;
    private final JurisdictionDirectory directory;

    PatrolMap(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** Sites with an open alarm first (few, found through the open-alarm index), then the most recently changed. */
    @Transactional
    public Sites sites(HotspotGrid.Bounds viewport, int limit) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        String inView = viewport == null ? "" : " and point(s.longitude, s.latitude) <@ box(point(:west, :south), point(:east, :north))";
        Map<UUID, MapSite> found = new LinkedHashMap<>();
        read(found, """
                select s.id, s.latitude, s.longitude, s.status, s.address, count(*)
                  from site_alarm a join site s on s.id = a.site_id
                 where a.status = 'OPEN' and s.place_code in (:places)""" + inView + " " + """
                 group by s.id
                 order by max(a.raised_at) desc
                 limit :limit""", places, viewport, limit + 1);
        if (found.size() <= limit) {
            read(found, """
                    select s.id, s.latitude, s.longitude, s.status, s.address, 0
                      from site s
                     where s.place_code in (:places)""" + inView + " " + """
                     order by s.updated_at desc, s.id
                     limit :limit""", places, viewport, limit + 1);
        }
        List<MapSite> all = List.copyOf(found.values());
        boolean more = all.size() > limit;
        return new Sites(more ? all.subList(0, limit) : all, more);
    }

    /** Adds the rows of a query to the sites found, keeping the first of each (an alarm's count wins). */
    private static void read(Map<UUID, MapSite> found, String sql, List<String> places, HotspotGrid.Bounds viewport, int limit) {
        var query = Panache.getEntityManager().createNativeQuery(sql, Object[].class).setParameter("places", places).setParameter("limit", limit);
        if (viewport != null) {
            query.setParameter("west", viewport.west()).setParameter("south", viewport.south()).setParameter("east", viewport.east())
                    .setParameter("north", viewport.north());
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.putIfAbsent((UUID) r[0], new MapSite((UUID) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue(),
                    SiteStatus.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).longValue()));
        }
    }

    /**
     * The patrols that started on a day (legal zone), at most {@value #MAX_TRACKS}, each with its track thinned to fixes
     * at least {@code minMetres} apart (a map asks for about a pixel at its scale); with a viewport, only those with a fix in it.
     */
    @Transactional
    public List<DayTrack> tracks(LocalDate day, double minMetres, HotspotGrid.Bounds viewport) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        OffsetDateTime start = day.atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        OffsetDateTime end = day.plusDays(1).atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        var em = Panache.getEntityManager();
        String inView = viewport == null ? "" : """
                 and exists (select 1 from patrol_track_point t where t.patrol_id = p.id
                                and t.latitude between :south and :north and t.longitude between :west and :east)""";
        var query = em.createNativeQuery("""
                select p.id, p.planned_area, p.started_at, p.ended_at,
                       (select string_agg(o.name, '、' order by po.position) from patrol_officer po join officer o on o.id = po.officer_id
                         where po.patrol_id = p.id)
                  from patrol p
                 where p.place_code in (:places) and p.started_at >= :start and p.started_at < :end""" + " " + inView + " " + """
                 order by p.started_at, p.id
                 limit :limit""", Object[].class).setParameter("places", places).setParameter("start", start).setParameter("end", end)
                .setParameter("limit", MAX_TRACKS);
        if (viewport != null) {
            query.setParameter("west", viewport.west()).setParameter("south", viewport.south()).setParameter("east", viewport.east())
                    .setParameter("north", viewport.north());
        }
        List<?> patrols = query.getResultList();
        if (patrols.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<double[]>> lines = new LinkedHashMap<>();
        for (Object row : patrols) {
            lines.put((UUID) ((Object[]) row)[0], new ArrayList<>());
        }
        for (Object row : em.createNativeQuery("""
                select patrol_id, longitude, latitude from patrol_track_point
                 where patrol_id in (:ids) order by patrol_id, recorded_at""", Object[].class).setParameter("ids", List.copyOf(lines.keySet()))
                .getResultList()) {
            Object[] r = (Object[]) row;
            lines.get((UUID) r[0]).add(new double[] { ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue() });
        }
        List<DayTrack> tracks = new ArrayList<>();
        for (Object row : patrols) {
            Object[] r = (Object[]) row;
            String names = (String) r[4];
            tracks.add(new DayTrack((UUID) r[0], (String) r[1], names == null ? List.of() : List.of(names.split("、")), offset(r[2]), offset(r[3]),
                    TrackThinning.thin(lines.get((UUID) r[0]), minMetres)));
        }
        return tracks;
    }

    private static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
