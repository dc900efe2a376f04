package org.fieldlaw.patrols;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.CanonicalJson;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.patrols.SiteDto.ObservationInput;
import org.fieldlaw.patrols.SiteDto.Point;
import org.fieldlaw.patrols.SiteDto.ReportRequest;
import org.fieldlaw.patrols.SiteDto.VisitRequest;
import org.fieldlaw.patrols.SiteDto.VisitResult;
import org.fieldlaw.patrols.model.ContinuedBuilding;
import org.fieldlaw.patrols.model.GeoPoint;
import org.fieldlaw.patrols.model.SiteMatching;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * Reports and visits. A report near an open site becomes a visit to it; every visit to a
 * restrained site is compared with the one before, and progress raises the continued-building
 * alarm by itself. Visits carry the phone's id: a resend is the same visit, never a second one.
 */
@ApplicationScoped
public class SiteVisits {

    private final Caller caller;
    private final SiteService sites;
    private final SiteAlarms alarms;
    private final SiteViews views;
    private final PatrolService patrols;
    private final RecordAppender records;
    private final JurisdictionDirectory directory;
    private final CanonicalJson canonical;
    private final PatrolConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    SiteVisits(Caller caller, SiteService sites, SiteAlarms alarms, SiteViews views, PatrolService patrols, RecordAppender records,
            JurisdictionDirectory directory, CanonicalJson canonical, PatrolConfig config, ObjectMapper mapper, Clock clock) {
        this.caller = caller;
        this.sites = sites;
        this.alarms = alarms;
        this.views = views;
        this.patrols = patrols;
        this.records = records;
        this.directory = directory;
        this.canonical = canonical;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    public VisitResult report(ReportRequest r) {
        RegisteredOfficer me = caller.officer();
        caller.requireWithin(r.placeCode().trim());
        if (directory.tree().find(r.placeCode().trim()).isEmpty()) {
            throw ApiException.invalid("placeCode", "没有该行政区划 (no such jurisdiction): " + r.placeCode());
        }
        String digest = canonical.digest(r).sha256();
        return Idempotent.create(() -> {
            Optional<VisitResult> again = repeated(r.visitId(), digest);
            if (again.isPresent()) {
                return again.get();
            }
            GeoPoint at = new GeoPoint(r.point().latitude(), r.point().longitude());
            Optional<SiteMatching.Match> match = new SiteMatching(config.attachMetres()).siteFor(at, openSitesNear(at));
            if (match.isPresent()) {
                Site site = Site.findById(match.get().siteId(), LockModeType.PESSIMISTIC_WRITE);
                VisitResult result = addVisit(site, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
                return new VisitResult(result.site(), result.visit(), true, Math.round(match.get().metres() * 10) / 10.0, result.alarm(), false);
            }
            if (Site.findById(r.siteId()) != null) {
                throw new ApiException(ProblemType.CONFLICT, "该地块编号已被使用且不在附近 (this site id is taken by a site elsewhere)");
            }
            Site site = newSite(r, at, me);
            return addVisit(site, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
        }, () -> repeated(r.visitId(), digest));
    }

    public VisitResult visit(UUID siteId, VisitRequest r) {
        RegisteredOfficer me = caller.officer();
        String digest = canonical.digest(r).sha256();
        return Idempotent.create(() -> {
            Site site = sites.visible(siteId, true);
            Optional<VisitResult> again = repeated(r.visitId(), digest);
            if (again.isPresent()) {
                return again.get();
            }
            return addVisit(site, me, r.visitId(), r.patrolId(), r.visitedAt(), r.point(), r.observation(), digest);
        }, () -> repeated(r.visitId(), digest));
    }

    private Site newSite(ReportRequest r, GeoPoint at, RegisteredOfficer me) {
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
        site.outline = r.outline() == null ? null
                : StoredJson.write(mapper, r.outline().stream().map(p -> List.of(p.longitude(), p.latitude())).toList());
        site.constructionCost = r.constructionCost();
        site.status = SiteStatus.SUSPECTED;
        site.createdBy = me.id();
        site.persistAndFlush();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("placeCode", site.placeCode);
        detail.put("address", site.address);
        detail.put("planningArea", site.planningArea);
        detail.put("villaArea", site.villaArea);
        detail.put("parcel", site.parcel);
        records.open(SiteRecordOwner.of(site.id), me.actor(), RecordLine.of(RecordActions.REPORTED, detail).at(site.latitude, site.longitude));
        return site;
    }

    /** Inside the transaction that holds the site locked (or created it). */
    private VisitResult addVisit(Site site, RegisteredOfficer me, UUID visitId, UUID patrolId, OffsetDateTime visitedAt, Point point,
            ObservationInput o, String digest) {
        if (patrolId != null) {
            Patrol patrol = patrols.visible(patrolId, false);
            if (!patrol.officerIds.contains(me.id())) {
                throw ApiException.invalid("patrolId", "您不在该巡查的执法人员之中 (you are not one of the patrol's officers)");
            }
        }
        List<SiteVisit> earlier = SiteVisit.ofSite(site.id);
        SiteVisit v = new SiteVisit();
        v.id = visitId;
        v.siteId = site.id;
        v.visitNumber = earlier.size() + 1;
        v.visitedAt = visitedAt;
        v.officerId = me.id();
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
        records.append(SiteRecordOwner.of(site.id), me.actor(), RecordLine.of(RecordActions.VISITED, visitDetail(v)).at(v.latitude, v.longitude));
        // Compared with the visit just before it in time: a visit sent late from an offline phone is not compared with a later one.
        SiteVisit previous = earlier.stream().filter(e -> e.visitedAt.isBefore(visitedAt)).reduce((a, b) -> b).orElse(null);
        SiteAlarm alarm = null;
        LocalDate day = visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (previous != null) {
            PatrolConfig.Tolerance t = config.tolerance();
            Optional<ContinuedBuilding.Alarm> found = new ContinuedBuilding(new ContinuedBuilding.Tolerance(t.areaShare(), t.areaMinimum(), t.height()))
                    .check(site.status, site.orderDeadline, site.stopOrderedOn != null, day, previous.observation(), v.observation());
            if (found.isPresent()) {
                alarm = alarms.raise(site, previous, v, found.get());
            }
        }
        LocalDate due = sites.reinspection().nextDue(site.status, day);
        if (due != null && (site.nextInspectionDue == null || due.isAfter(site.nextInspectionDue))) {
            site.nextInspectionDue = due;
        }
        site.updatedAt = OffsetDateTime.now(clock);
        site.persist();
        Panache.getEntityManager().flush();
        // A visit just stored has no photos yet: they are uploaded against its id afterwards.
        return new VisitResult(views.of(site), SiteViews.of(v, List.of()), false, null, alarm == null ? null : views.of(alarm, site), false);
    }

    /** What a site's (and its case's) record says of a visit. */
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
        Site site = sites.visible(v.siteId, false);
        if (!v.requestDigest.equals(digest)) {
            throw new ApiException(ProblemType.CONFLICT, "同一编号的巡查记录已以不同内容提交 (a visit with this id was sent with a different body)")
                    .with("stored", views.of(v));
        }
        SiteAlarm alarm = SiteAlarm.find("laterVisitId", visitId).firstResult();
        return Optional.of(new VisitResult(views.of(site), views.of(v), false, null, alarm == null ? null : views.of(alarm, site), true));
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
}
