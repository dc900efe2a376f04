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

    @Transactional
    public Sites sites(HotspotGrid.Bounds viewport, int limit) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        String inView = viewport == null ? "" : " and point(s.longitude, s.latitude) <@ box(point(:west, :south), point(:east, :north))";
        var query = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.latitude, s.longitude, s.status, s.address, a.open
                  from site s
                  cross join lateral (select count(*) as open from site_alarm a where a.site_id = s.id and a.status = 'OPEN') a
                 where s.place_code in (:places)""" + inView + """
                 order by a.open > 0 desc, s.updated_at desc, s.id
                 limit :limit""", Object[].class).setParameter("places", places).setParameter("limit", limit + 1);
        if (viewport != null) {
            query.setParameter("west", viewport.west()).setParameter("south", viewport.south()).setParameter("east", viewport.east())
                    .setParameter("north", viewport.north());
        }
        List<MapSite> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new MapSite((UUID) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue(), SiteStatus.valueOf((String) r[3]),
                    (String) r[4], ((Number) r[5]).longValue()));
        }
        boolean more = found.size() > limit;
        return new Sites(more ? found.subList(0, limit) : found, more);
    }

    /** The patrols that started on a day (legal zone), at most {@value #MAX_TRACKS}, each with its track. */
    @Transactional
    public List<DayTrack> tracks(LocalDate day) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        OffsetDateTime start = day.atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        OffsetDateTime end = day.plusDays(1).atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        var em = Panache.getEntityManager();
        List<?> patrols = em.createNativeQuery("""
                select p.id, p.planned_area, p.started_at, p.ended_at,
                       (select string_agg(o.name, '、' order by po.position) from patrol_officer po join officer o on o.id = po.officer_id
                         where po.patrol_id = p.id)
                  from patrol p
                 where p.place_code in (:places) and p.started_at >= :start and p.started_at < :end
                 order by p.started_at, p.id
                 limit :limit""", Object[].class).setParameter("places", places).setParameter("start", start).setParameter("end", end)
                .setParameter("limit", MAX_TRACKS).getResultList();
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
                    lines.get((UUID) r[0])));
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
