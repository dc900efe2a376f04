package org.fieldlaw.patrols;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.model.RecordChain;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.patrols.SiteDto.ObservationInput;
import org.fieldlaw.patrols.SiteDto.Point;
import org.fieldlaw.patrols.SiteDto.ReportRequest;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.patrols.SiteDto.StatusRequest;
import org.fieldlaw.patrols.SiteDto.VisitRequest;
import org.fieldlaw.patrols.SiteDto.VisitResult;
import org.fieldlaw.patrols.SiteDto.VisitView;
import org.fieldlaw.patrols.model.ContinuedBuilding;
import org.fieldlaw.patrols.model.GeoPoint;
import org.fieldlaw.patrols.model.Reinspection;
import org.fieldlaw.patrols.model.SiteMatching;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.security.Caller;

/**
 * Sites and their visits. A report near an open site becomes a visit to it; every visit to a
 * restrained site is compared with the one before, and progress raises the continued-building
 * alarm by itself. Visits carry the phone's id: a resend is the same visit, never a second one.
 */
@ApplicationScoped
public class SiteService {

    static final String ART_68_STEP = "依《城乡规划法》第六十八条：报请县级以上人民政府责令查封施工现场、强制拆除 "
            + "(Planning Law Art 68: ask the county government to seal the site and demolish by force)";

    private final Caller caller;
    private final PatrolService patrols;
    private final SiteRecord siteRecord;
    private final CaseEntries caseEntries;
    private final VisitPhotos photos;
    private final JurisdictionDirectory directory;
    private final CalendarService calendar;
    private final PatrolConfig config;
    private final ObjectMapper canonical;
    private final ObjectMapper mapper;
    private final Clock clock;

    SiteService(Caller caller, PatrolService patrols, SiteRecord siteRecord, CaseEntries caseEntries, JurisdictionDirectory directory,
            VisitPhotos photos, CalendarService calendar, PatrolConfig config, ObjectMapper mapper, Clock clock) {
        this.photos = photos;
        this.caller = caller;
        this.patrols = patrols;
        this.siteRecord = siteRecord;
        this.caseEntries = caseEntries;
        this.directory = directory;
        this.calendar = calendar;
        this.config = config;
        this.mapper = mapper;
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.clock = clock;
    }

    public VisitResult report(ReportRequest r) {
        Officer me = caller.officer();
        caller.requireWithin(r.placeCode().trim());
        if (directory.tree().find(r.placeCode().trim()).isEmpty()) {
            throw ApiException.invalid("placeCode", "没有该行政区划 (no such jurisdiction): " + r.placeCode());
        }
        String digest = digest(r);
        return retryOnRace(r.visitId(), digest, () -> {
            Optional<VisitResult> again = repeated(r.visitId(), digest);
            if (again.isPresent()) {
                return again.get();
            }
            GeoPoint at = new GeoPoint(r.point().latitude(), r.point().longitude());
            Optional<SiteMatching.Match> match = new SiteMatching(config.attachMetres()).siteFor(at, openSitesNear(at));
            if (match.isPresent()) {
                Site site = Site.findById(match.get().siteId(), LockModeType.PESSIMISTIC_WRITE);
                VisitResult result = addVisit(site, null, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
                return new VisitResult(result.site(), result.visit(), true, Math.round(match.get().metres() * 10) / 10.0, result.alarm(), false);
            }
            if (Site.findById(r.siteId()) != null) {
                throw new ApiException(ProblemType.CONFLICT, "该地块编号已被使用且不在附近 (this site id is taken by a site elsewhere)");
            }
            Site site = new Site();
            site.id = r.siteId();
            site.placeCode = r.placeCode().trim();
            site.address = r.address().trim();
            site.latitude = at.latitude();
            site.longitude = at.longitude();
            site.planningArea = r.planningArea();
            site.villaArea = Boolean.TRUE.equals(r.villaArea());
            site.parcel = r.parcel();
            site.partyName = r.partyName();
            site.partyIdentifier = r.partyIdentifier();
            site.outline = r.outline() == null ? null : StoredJson.write(mapper, r.outline().stream().map(p -> List.of(p.longitude(), p.latitude())).toList());
            site.constructionCost = r.constructionCost();
            site.status = SiteStatus.SUSPECTED;
            site.createdBy = me.id;
            site.persistAndFlush();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("placeCode", site.placeCode);
            detail.put("address", site.address);
            detail.put("planningArea", site.planningArea);
            detail.put("villaArea", site.villaArea);
            detail.put("parcel", site.parcel);
            SiteRecordEntry first = siteRecord.after(null, site.id, me, SiteRecord.REPORTED, detail, site.latitude, site.longitude);
            return addVisit(site, first, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
        });
    }

    public VisitResult visit(UUID siteId, VisitRequest r) {
        Officer me = caller.officer();
        String digest = digest(r);
        return retryOnRace(r.visitId(), digest, () -> {
            Site site = visible(siteId, true);
            Optional<VisitResult> again = repeated(r.visitId(), digest);
            if (again.isPresent()) {
                return again.get();
            }
            return addVisit(site, null, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
        });
    }

    public SiteView changeStatus(UUID siteId, long expectedVersion, StatusRequest r) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = visible(siteId, true);
            Versions.check(site.version, expectedVersion, view(site));
            if (!site.status.next().contains(r.status())) {
                throw new ApiException(ProblemType.CONFLICT, "地块状态不能从 " + site.status + " 变为 " + r.status()
                        + " (allowed next: " + site.status.next() + ")");
            }
            if (r.status().restrainedAfterDeadline() && r.orderDeadline() == null) {
                throw ApiException.invalid("orderDeadline", "限期改正或限期拆除须写明期限 (an order with a deadline needs orderDeadline)");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("from", site.status);
            detail.put("to", r.status());
            detail.put("orderDeadline", r.orderDeadline() == null ? null : r.orderDeadline().toString());
            siteRecord.append(site.id, caller.officer(), SiteRecord.STATUS_CHANGED, detail, null, null);
            site.status = r.status();
            site.orderDeadline = r.status().restrainedAfterDeadline() ? r.orderDeadline() : null;
            site.nextInspectionDue = reinspection().nextDue(site.status, LocalDate.now(clock));
            site.persistAndFlush();
            return view(site);
        });
    }

    public SiteView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> view(visible(id, false)));
    }

    public List<SiteView> list(SiteStatus status, String place, boolean inspectionOverdue) {
        String area = place == null || place.isBlank() ? caller.jurisdictionCode() : place.trim();
        if (directory.tree().find(area).isEmpty()) {
            throw ApiException.invalid("place", "没有该行政区划 (no such jurisdiction): " + area);
        }
        caller.requireWithin(area);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> places = directory.tree().subtree(area);
            StringBuilder q = new StringBuilder("placeCode in ?1");
            List<Object> params = new java.util.ArrayList<>(List.of(places));
            if (status != null) {
                params.add(status);
                q.append(" and status = ?").append(params.size());
            }
            if (inspectionOverdue) {
                params.add(LocalDate.now(clock));
                q.append(" and nextInspectionDue < ?").append(params.size());
            }
            List<Site> found = Site.<Site>find(q + " order by updatedAt desc, id", params.toArray()).page(0, 500).list();
            java.util.Map<UUID, Long> open = openAlarmCounts(found.stream().map(s -> s.id).toList());
            return found.stream().map(s -> view(s, open.getOrDefault(s.id, 0L))).toList();
        });
    }

    public List<VisitView> visits(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(siteId, false);
            List<SiteVisit> visits = SiteVisit.ofSite(siteId);
            Map<UUID, List<VisitPhotos.Photo>> photos = this.photos.of(visits.stream().map(v -> v.id).toList());
            return visits.stream().map(v -> view(v, photos.getOrDefault(v.id, List.of()))).toList();
        });
    }

    public List<AlarmView> alarms(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = visible(siteId, false);
            return views(SiteAlarm.list("siteId = ?1 order by raisedAt", siteId), Map.of(site.id, site));
        });
    }

    /** The site's full-process record, and whether its hash chain is intact. */
    public SiteDto.SiteRecordView record(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(siteId, false);
            List<SiteRecordEntry> lines = SiteRecordEntry.ofSite(siteId);
            List<org.fieldlaw.cases.CaseDto.RecordEntryView> entries = lines.stream()
                    .map(e -> new org.fieldlaw.cases.CaseDto.RecordEntryView(e.key.seq(), e.recordedAt, e.actorId, e.actorName, e.action,
                            StoredJson.readOrText(mapper, e.detail), e.latitude, e.longitude, e.previousHash, e.hash))
                    .toList();
            Optional<RecordChain.Break> broken = RecordChain.verify(lines.stream().map(SiteRecord::link).toList());
            return new SiteDto.SiteRecordView(siteId, entries, broken.isEmpty(), broken.map(RecordChain.Break::seq).orElse(null),
                    broken.map(RecordChain.Break::reason).orElse(null));
        });
    }


    /** The supervisors' queue: open alarms in the caller's jurisdiction, oldest first. */
    public List<AlarmView> openAlarms() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> places = directory.tree().subtree(caller.jurisdictionCode());
            List<SiteAlarm> open = SiteAlarm.list("status = 'OPEN' and siteId in (select s.id from Site s where s.placeCode in ?1) order by raisedAt",
                    places);
            Map<UUID, Site> sites = new java.util.HashMap<>();
            List<UUID> siteIds = open.stream().map(a -> a.siteId).distinct().toList();
            if (!siteIds.isEmpty()) {
                Site.<Site>list("id in ?1", siteIds).forEach(site -> sites.put(site.id, site));
            }
            return views(open, sites);
        });
    }

    public AlarmView acknowledge(UUID alarmId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SiteAlarm a = SiteAlarm.findById(alarmId, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw ApiException.notFound("告警 (alarm)", alarmId);
            }
            // Locked: the site's record gains a line.
            Site site = visible(a.siteId, true);
            if (!"OPEN".equals(a.status)) {
                throw new ApiException(ProblemType.CONFLICT, "告警已处理 (the alarm was acknowledged already)");
            }
            a.status = "ACKNOWLEDGED";
            a.acknowledgedBy = caller.officer().id;
            a.acknowledgedAt = OffsetDateTime.now(clock);
            Map<String, Object> detail = Map.of("alarmId", a.id.toString());
            siteRecord.append(site.id, caller.officer(), SiteRecord.ALARM_ACKNOWLEDGED, detail, null, null);
            if (site.caseId != null) {
                caseEntries.append(site.caseId, caller.officer(), SiteRecord.ALARM_ACKNOWLEDGED, detail);
            }
            return view(a, site);
        });
    }

    /** @param lastEntry the site's last record entry when this transaction wrote it (a new site), else null: it is looked up */
    private VisitResult addVisit(Site site, SiteRecordEntry lastEntry, Officer me, UUID visitId, UUID patrolId, OffsetDateTime visitedAt, Point point,
            ObservationInput o, String digest) {
        if (patrolId != null) {
            Patrol patrol = patrols.visible(patrolId, false);
            if (!patrol.officerIds.contains(me.id)) {
                throw ApiException.invalid("patrolId", "您不在该巡查的执法人员之中 (you are not one of the patrol's officers)");
            }
        }
        List<SiteVisit> earlier = SiteVisit.ofSite(site.id);
        SiteVisit v = new SiteVisit();
        v.id = visitId;
        v.siteId = site.id;
        v.visitNumber = earlier.size() + 1;
        v.visitedAt = visitedAt;
        v.officerId = me.id;
        v.patrolId = patrolId;
        v.latitude = point.latitude();
        v.longitude = point.longitude();
        v.accuracyM = point.accuracyM();
        v.kind = o.kind();
        v.floors = o.floors();
        v.floorArea = o.floorArea();
        v.height = o.height();
        v.constructionInProgress = o.constructionInProgress();
        v.demolitionInProgress = Boolean.TRUE.equals(o.demolitionInProgress());
        v.permitStatus = o.permitStatus();
        v.notes = o.notes();
        v.requestDigest = digest;
        v.createdAt = OffsetDateTime.now(clock);
        v.persist();
        if (lastEntry != null) {
            siteRecord.after(lastEntry, site.id, me, SiteRecord.VISITED, visitDetail(v), v.latitude, v.longitude);
        } else {
            siteRecord.append(site.id, me, SiteRecord.VISITED, visitDetail(v), v.latitude, v.longitude);
        }
        // Compared with the visit just before it in time: a visit sent late from an offline phone is not compared with a later one.
        SiteVisit previous = earlier.stream().filter(e -> e.visitedAt.isBefore(visitedAt)).reduce((a, b) -> b).orElse(null);
        SiteAlarm alarm = null;
        LocalDate day = visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (previous != null) {
            Optional<ContinuedBuilding.Alarm> found = new ContinuedBuilding(ContinuedBuilding.Tolerance.defaults())
                    .check(site.status, site.orderDeadline, day, previous.observation(), v.observation());
            if (found.isPresent()) {
                alarm = new SiteAlarm();
                alarm.id = UUID.randomUUID();
                alarm.siteId = site.id;
                alarm.earlierVisitId = previous.id;
                alarm.laterVisitId = v.id;
                alarm.signs = StoredJson.write(mapper, found.get().signs());
                alarm.proposedStep = ART_68_STEP;
                alarm.status = "OPEN";
                alarm.raisedAt = OffsetDateTime.now(clock);
                alarm.persist();
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("alarmId", alarm.id.toString());
                detail.put("earlierVisitId", previous.id.toString());
                detail.put("laterVisitId", v.id.toString());
                detail.put("signs", found.get().signs());
                detail.put("proposedStep", ART_68_STEP);
                // Raised by the service from the visits, not by the officer: the record says so.
                siteRecord.append(site.id, null, SiteRecord.ALARM_RAISED, detail, v.latitude, v.longitude);
                if (site.caseId != null) {
                    caseEntries.append(site.caseId, null, SiteRecord.ALARM_RAISED, detail);
                }
            }
        }
        LocalDate due = reinspection().nextDue(site.status, day);
        if (due != null && (site.nextInspectionDue == null || due.isAfter(site.nextInspectionDue))) {
            site.nextInspectionDue = due;
        }
        site.updatedAt = OffsetDateTime.now(clock);
        site.persist();
        Panache.getEntityManager().flush();
        // A visit just stored has no photos yet: they are uploaded against its id afterwards.
        return new VisitResult(view(site), view(v, List.of()), false, null, alarm == null ? null : view(alarm, site), false);
    }

    static Map<String, Object> visitDetail(SiteVisit v) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("visitId", v.id.toString());
        detail.put("visitNumber", v.visitNumber);
        detail.put("visitedAt", v.visitedAt.toString());
        detail.put("patrolId", v.patrolId == null ? null : v.patrolId.toString());
        detail.put("kind", v.kind);
        detail.put("floors", v.floors);
        detail.put("floorArea", v.floorArea);
        detail.put("height", v.height);
        detail.put("constructionInProgress", v.constructionInProgress);
        detail.put("demolitionInProgress", v.demolitionInProgress);
        detail.put("permitStatus", v.permitStatus);
        detail.put("notes", v.notes);
        return detail;
    }

    /** The stored answer to a visit sent again; 409 when the same id came with another body. */
    private Optional<VisitResult> repeated(UUID visitId, String digest) {
        SiteVisit v = SiteVisit.findById(visitId);
        if (v == null) {
            return Optional.empty();
        }
        Site site = visible(v.siteId, false);
        if (!v.requestDigest.equals(digest)) {
            throw new ApiException(ProblemType.CONFLICT, "同一编号的巡查记录已以不同内容提交 (a visit with this id was sent with a different body)")
                    .with("stored", view(v));
        }
        SiteAlarm alarm = SiteAlarm.find("laterVisitId", visitId).firstResult();
        return Optional.of(new VisitResult(view(site), view(v), false, null, alarm == null ? null : view(alarm, site), true));
    }

    private VisitResult retryOnRace(UUID visitId, String digest, java.util.concurrent.Callable<VisitResult> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (PersistenceException e) {
            // Two copies of the same visit raced: the other stored it first.
            return QuarkusTransaction.requiringNew().call(() -> repeated(visitId, digest).orElseThrow(() -> e));
        }
    }

    /** Open sites in a box around the point, from the GiST index; the exact distance is measured in Java. */
    private List<SiteMatching.Candidate> openSitesNear(GeoPoint at) {
        double dLat = config.attachMetres() / 111_000.0 * 1.5;
        double dLon = dLat / Math.cos(Math.toRadians(at.latitude()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select id, latitude, longitude, status from site
                where point(longitude, latitude) <@ box(point(?1, ?2), point(?3, ?4)) and status <> 'CLOSED'""")
                .setParameter(1, at.longitude() - dLon).setParameter(2, at.latitude() - dLat)
                .setParameter(3, at.longitude() + dLon).setParameter(4, at.latitude() + dLat)
                .getResultList();
        return rows.stream().map(r -> new SiteMatching.Candidate((UUID) r[0], new GeoPoint(((Number) r[1]).doubleValue(),
                ((Number) r[2]).doubleValue()), SiteStatus.valueOf((String) r[3]))).toList();
    }

    Site visible(UUID id, boolean lock) {
        Site site = lock ? Site.findById(id, LockModeType.PESSIMISTIC_WRITE) : Site.findById(id);
        if (site == null || !caller.covers(site.placeCode)) {
            throw ApiException.notFound("地块 (site)", id);
        }
        return site;
    }

    private Reinspection reinspection() {
        return new Reinspection(calendar.calendar(), config.reinspectionWorkingDays());
    }

    SiteView view(Site s) {
        return view(s, SiteAlarm.count("siteId = ?1 and status = 'OPEN'", s.id));
    }

    /** Open alarms per site, for a whole page of sites in one query. */
    private static java.util.Map<UUID, Long> openAlarmCounts(List<UUID> siteIds) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (siteIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select a.siteId, count(a) from SiteAlarm a where a.status = 'OPEN' and a.siteId in :ids group by a.siteId",
                        Object[].class)
                .setParameter("ids", siteIds).getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    private SiteView view(Site s, long open) {
        return new SiteView(s.id, s.placeCode, s.address, new Point(s.latitude, s.longitude, null), outline(s.outline), s.planningArea,
                s.villaArea, s.parcel, s.partyName, s.constructionCost, s.caseId, s.status, s.status.next().stream().sorted().toList(), s.orderDeadline, s.nextInspectionDue,
                s.planningArea.article(false), (int) open, s.createdAt, s.updatedAt, s.version);
    }

    VisitView view(SiteVisit v) {
        return view(v, photos.of(List.of(v.id)).getOrDefault(v.id, List.of()));
    }

    static VisitView view(SiteVisit v, List<VisitPhotos.Photo> photos) {
        List<UUID> officers = v.patrolId == null ? List.of(v.officerId) : Patrol.<Patrol>findByIdOptional(v.patrolId)
                .map(p -> List.copyOf(p.officerIds)).orElse(List.of(v.officerId));
        return new VisitView(v.id, v.siteId, v.visitNumber, v.visitedAt, v.officerId, v.patrolId, officers,
                new Point(v.latitude, v.longitude, v.accuracyM),
                v.kind, v.floors, v.floorArea, v.height, v.constructionInProgress, v.demolitionInProgress, v.permitStatus, v.notes, photos);
    }

    private AlarmView view(SiteAlarm a, Site site) {
        return views(List.of(a), Map.of(site.id, site)).get(0);
    }

    /** Alarms with both visits and their photos: three queries for the whole list, not three per alarm. */
    private List<AlarmView> views(List<SiteAlarm> alarms, Map<UUID, Site> sites) {
        List<UUID> visitIds = alarms.stream().flatMap(a -> java.util.stream.Stream.of(a.earlierVisitId, a.laterVisitId)).distinct().toList();
        Map<UUID, SiteVisit> visits = new java.util.HashMap<>();
        if (!visitIds.isEmpty()) {
            SiteVisit.<SiteVisit>list("id in ?1", visitIds).forEach(v -> visits.put(v.id, v));
        }
        Map<UUID, List<VisitPhotos.Photo>> shots = photos.of(visitIds);
        return alarms.stream().map(a -> {
            Site site = sites.get(a.siteId);
            return new AlarmView(a.id, a.siteId, site == null ? null : site.address, a.earlierVisitId, a.laterVisitId,
                    visitView(visits.get(a.earlierVisitId), shots), visitView(visits.get(a.laterVisitId), shots),
                    signs(a), a.proposedStep, a.status, a.raisedAt, a.acknowledgedBy, a.acknowledgedAt);
        }).toList();
    }

    private static VisitView visitView(SiteVisit v, Map<UUID, List<VisitPhotos.Photo>> shots) {
        return v == null ? null : view(v, shots.getOrDefault(v.id, List.of()));
    }

    private List<String> signs(SiteAlarm a) {
        try {
            return mapper.readValue(a.signs, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Point> outline(String json) {
        if (json == null) {
            return null;
        }
        try {
            List<List<Double>> ring = mapper.readValue(json, new TypeReference<List<List<Double>>>() {
            });
            return ring.stream().map(c -> new Point(c.get(1), c.get(0), null)).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    private String digest(Object request) {
        try {
            return RecordChain.sha256(canonical.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
