package org.fieldlaw.patrols;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.patrols.SiteDto.Photo;
import org.fieldlaw.patrols.SiteDto.Point;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.patrols.SiteDto.VisitView;
import org.fieldlaw.privacy.model.Redaction;

/** What the API shows of sites, visits (with their photos) and alarms (with both visits side by side). */
@ApplicationScoped
class SiteViews {

    private final EvidenceService evidence;
    private final ObjectMapper mapper;

    SiteViews(EvidenceService evidence, ObjectMapper mapper) {
        this.evidence = evidence;
        this.mapper = mapper;
    }

    SiteView of(Site s) {
        return of(s, SiteAlarm.count("siteId = ?1 and status = ?2", s.id, AlarmStatus.OPEN));
    }

    SiteView of(Site s, long openAlarms) {
        return of(s, openAlarms, false);
    }

    /** The site with the party in full: only for a reveal that is recorded. */
    SiteView revealed(Site s) {
        return of(s, SiteAlarm.count("siteId = ?1 and status = ?2", s.id, AlarmStatus.OPEN), true);
    }

    private SiteView of(Site s, long openAlarms, boolean reveal) {
        // Whether the party is a person or a company is not known on a site: its name is masked like a person's.
        String partyName = reveal ? s.partyName : Redaction.personName(s.partyName);
        String partyIdentifier = reveal ? s.partyIdentifier : Redaction.identifier(s.partyIdentifier);
        return new SiteView(s.id, s.placeCode, s.address, new Point(s.latitude, s.longitude, null), outline(s.outline), s.planningArea,
                s.villaArea, s.parcel, partyName, partyIdentifier, !reveal, s.constructionCost, s.caseId, s.status, s.status.next().stream().sorted().toList(),
                s.orderDeadline, s.stopOrderedOn, s.nextInspectionDue, s.planningArea.article(false), (int) openAlarms, s.createdAt, s.updatedAt, s.version);
    }

    /** A page of sites with their open alarms counted in one query, not one per site. */
    List<SiteView> of(List<Site> sites) {
        Map<UUID, Long> open = openAlarmCounts(sites.stream().map(s -> s.id).toList());
        return sites.stream().map(s -> of(s, open.getOrDefault(s.id, 0L))).toList();
    }

    VisitView of(SiteVisit v) {
        return of(v, photos(List.of(v.id)).getOrDefault(v.id, List.of()));
    }

    static VisitView of(SiteVisit v, List<Photo> photos) {
        List<UUID> officers = v.patrolId == null ? List.of(v.officerId) : Patrol.<Patrol>findByIdOptional(v.patrolId)
                .map(p -> List.copyOf(p.officerIds)).orElse(List.of(v.officerId));
        return new VisitView(v.id, v.siteId, v.visitNumber, v.visitedAt, v.officerId, v.patrolId, officers,
                new Point(v.latitude, v.longitude, v.accuracyM),
                v.kind, v.floors, v.floorArea, v.height, v.constructionInProgress, v.demolitionInProgress, v.permitStatus, v.notes, photos);
    }

    /** The visits of a site, each with its photos: one query for all the photos. */
    List<VisitView> ofVisits(List<SiteVisit> visits) {
        Map<UUID, List<Photo>> photos = photos(visits.stream().map(v -> v.id).toList());
        return visits.stream().map(v -> of(v, photos.getOrDefault(v.id, List.of()))).toList();
    }

    AlarmView of(SiteAlarm a, Site site) {
        return alarms(List.of(a), Map.of(site.id, site)).get(0);
    }

    /** Alarms with both visits and their photos: three queries for the whole list, not three per alarm. */
    List<AlarmView> alarms(List<SiteAlarm> alarms, Map<UUID, Site> sites) {
        List<UUID> visitIds = alarms.stream().flatMap(a -> Stream.of(a.earlierVisitId, a.laterVisitId)).filter(Objects::nonNull)
                .distinct().toList();
        Map<UUID, SiteVisit> visits = new HashMap<>();
        if (!visitIds.isEmpty()) {
            SiteVisit.<SiteVisit>list("id in ?1", visitIds).forEach(v -> visits.put(v.id, v));
        }
        Map<UUID, List<Photo>> shots = photos(visitIds);
        return alarms.stream().map(a -> {
            Site site = sites.get(a.siteId);
            return new AlarmView(a.id, a.kind, a.siteId, site == null ? null : site.address, a.orderDeadline, a.earlierVisitId,
                    a.laterVisitId,
                    visit(visits.get(a.earlierVisitId), shots), visit(visits.get(a.laterVisitId), shots),
                    StoredJson.read(mapper, a.signs, new TypeReference<List<String>>() {
                    }), a.proposedStep, a.status.name(), a.raisedAt, a.acknowledgedBy, a.acknowledgedAt);
        }).toList();
    }

    private static VisitView visit(SiteVisit v, Map<UUID, List<Photo>> shots) {
        return v == null ? null : of(v, shots.getOrDefault(v.id, List.of()));
    }

    /** The complete photos and video of visits, as the evidence store holds them. */
    private Map<UUID, List<Photo>> photos(Collection<UUID> visitIds) {
        Map<UUID, List<Photo>> photos = new HashMap<>();
        evidence.filesOf(VisitEvidenceOwner.KIND, visitIds).forEach((visit, files) -> photos.put(visit, files.stream().map(SiteViews::photo)
                .toList()));
        return photos;
    }

    private static Photo photo(EvidenceItem e) {
        return new Photo(e.id(), e.kind().name(), e.filename(), e.mediaType(), e.capturedAt(), e.sha256(), e.contentPath());
    }

    private List<Point> outline(String json) {
        List<List<Double>> ring = StoredJson.read(mapper, json, new TypeReference<List<List<Double>>>() {
        });
        return ring == null ? null : ring.stream().map(c -> new Point(c.get(1), c.get(0), null)).toList();
    }

    private static Map<UUID, Long> openAlarmCounts(List<UUID> siteIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (siteIds.isEmpty()) {
            return counts;
        }
        Panache.getEntityManager()
                .createQuery("select a.siteId, count(a) from SiteAlarm a where a.status = :open and a.siteId in :ids group by a.siteId",
                        Object[].class)
                .setParameter("open", AlarmStatus.OPEN).setParameter("ids", siteIds).getResultList()
                .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
