package org.fieldlaw.patrols;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldlaw.agency.AgencyRecords;
import org.fieldlaw.agency.RecentOfficers;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.patrols.model.ContinuedBuilding;
import org.fieldlaw.patrols.model.PlanningArea;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * Sample patrol data for dev mode (fieldlaw.agency.demo-data): sites in 白沙街道 and a village of
 * 恩平市, one of them built on after its stop order, with the alarm the rule raises from its visits.
 * Invented places and people, marked 示例.
 */
@ApplicationScoped
public class DemoSites {

    private static final UUID CHEN = AgencyRecords.idOf("demo-officer-chen");
    private static final UUID WU = AgencyRecords.idOf("demo-officer-wu");
    private static final UUID LIN = AgencyRecords.idOf("demo-officer-lin");
    private static final UUID HUANG = AgencyRecords.idOf("demo-officer-huang");

    private final ObjectMapper mapper;
    private final RecordAppender records;
    private final RecentOfficers officers;

    DemoSites(ObjectMapper mapper, RecordAppender records, RecentOfficers officers) {
        this.mapper = mapper;
        this.records = records;
        this.officers = officers;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event,
            @ConfigProperty(name = "fieldlaw.agency.demo-data") boolean demoData) {
        if (demoData) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Site.findById(AgencyRecords.idOf("demo-site-1")) != null) {
            return;
        }
        Site stopped = site("demo-site-1", "440703001", "白沙街道潮连村东头巷 3 号（示例）", 22.6012, 113.0931,
                PlanningArea.TOWNSHIP_OR_VILLAGE, true, SiteStatus.STOP_ORDER_ISSUED, CHEN);
        PatrolAssignment area = new PatrolAssignment();
        area.id = AgencyRecords.idOf("demo-assignment-1");
        area.placeCode = "440703001";
        area.areaName = "白沙街道 潮连片区（示例）";
        area.route = "潮连村东头巷—河堤路—工业区北";
        area.everyWorkingDays = 2;
        area.active = true;
        area.assignedBy = HUANG;
        area.officerIds = new HashSet<>(List.of(CHEN, LIN));
        area.persist();
        Patrol patrol = new Patrol();
        patrol.id = AgencyRecords.idOf("demo-patrol-1");
        patrol.assignmentId = area.id;
        patrol.placeCode = "440703001";
        patrol.plannedArea = area.areaName;
        patrol.startedAt = OffsetDateTime.parse("2026-11-18T09:30:00+08:00");
        patrol.endedAt = OffsetDateTime.parse("2026-11-18T11:40:00+08:00");
        patrol.createdBy = CHEN;
        patrol.officerIds = new ArrayList<>(List.of(CHEN, LIN));
        patrol.persist();
        for (int minute = 0; minute <= 120; minute += 5) {
            TrackPoint t = new TrackPoint();
            t.key = new TrackPoint.Key(patrol.id, patrol.startedAt.plusMinutes(minute));
            t.latitude = 22.5950 + minute * 0.00005;
            t.longitude = 113.0880 + minute * 0.00004;
            t.accuracyM = 8.0;
            t.persist();
        }
        SiteVisit first = visit(stopped, 1, "2026-11-02T09:20:00+08:00", 2, "160", "6.4", false, CHEN, null);
        SiteVisit second = visit(stopped, 2, "2026-11-18T10:05:00+08:00", 3, "168", "9.5", true, CHEN, patrol.id);
        new ContinuedBuilding(ContinuedBuilding.Tolerance.defaults())
                .check(stopped.status, null, LocalDate.of(2026, 11, 18), first.observation(), second.observation())
                .ifPresent(alarm -> {
                    SiteAlarm a = new SiteAlarm();
                    a.id = AgencyRecords.idOf("demo-alarm-1");
                    a.siteId = stopped.id;
                    a.kind = AlarmKind.CONTINUED_BUILDING;
                    a.earlierVisitId = first.id;
                    a.laterVisitId = second.id;
                    a.signs = StoredJson.write(mapper, alarm.signs());
                    a.proposedStep = SiteAlarms.ART_68_STEP;
                    a.status = AlarmStatus.OPEN;
                    a.raisedAt = second.createdAt;
                    a.persist();
                    records.append(SiteRecordOwner.of(stopped.id), Actor.SYSTEM, RecordLine.of(RecordActions.CONTINUED_BUILDING_ALARM,
                            Map.of("alarmId", a.id.toString(), "earlierVisitId", first.id.toString(), "laterVisitId", second.id.toString(),
                                    "signs", alarm.signs())).at(stopped.latitude, stopped.longitude));
                });
        Site suspected = site("demo-site-2", "440703001", "白沙街道白沙大道西 88 号天台（示例）", 22.5897, 113.0822,
                PlanningArea.URBAN_OR_TOWN, false, SiteStatus.SUSPECTED, CHEN);
        visit(suspected, 1, "2026-11-20T15:40:00+08:00", 1, "35", "3.0", true, CHEN, null);
        Site village = site("demo-site-3", "440785001", "恩城街道某村委会后山（示例）", 22.1830, 112.3050,
                PlanningArea.TOWNSHIP_OR_VILLAGE, false, SiteStatus.CONFIRMED_ILLEGAL, WU);
        visit(village, 1, "2026-11-12T11:00:00+08:00", 2, "210", "7.0", false, WU, null);
        Log.info("Demo patrol data loaded: 3 sites, 4 visits, 1 continued-building alarm, 1 patrol with its track, 1 assignment (samples)");
    }

    private Site site(String name, String place, String address, double lat, double lon, PlanningArea area, boolean villa,
            SiteStatus status, UUID by) {
        Site s = new Site();
        s.id = AgencyRecords.idOf(name);
        s.placeCode = place;
        s.address = address;
        s.latitude = lat;
        s.longitude = lon;
        s.planningArea = area;
        s.villaArea = villa;
        s.status = status;
        s.stopOrderedOn = SiteStatus.stopOrderAfter(status, null, LocalDate.of(2026, 11, 1));
        s.nextInspectionDue = status.restrained() ? LocalDate.of(2026, 11, 23) : null;
        s.createdBy = by;
        s.persistAndFlush();
        records.open(SiteRecordOwner.of(s.id), officers.find(by).actor(),
                RecordLine.of(RecordActions.REPORTED, Map.of("address", address, "sample", true)).at(lat, lon));
        return s;
    }

    private SiteVisit visit(Site site, int number, String at, int floors, String area, String height, boolean building, UUID by,
            UUID patrolId) {
        SiteVisit v = new SiteVisit();
        v.patrolId = patrolId;
        v.id = AgencyRecords.idOf(site.id + "-visit-" + number);
        v.siteId = site.id;
        v.visitNumber = number;
        v.visitedAt = OffsetDateTime.parse(at);
        v.officerId = by;
        v.latitude = site.latitude;
        v.longitude = site.longitude;
        v.accuracyM = 5.0;
        v.kind = number == 1 ? "NEW_BUILDING" : "ADDED_FLOORS";
        v.floors = floors;
        v.floorArea = new BigDecimal(area);
        v.height = new BigDecimal(height);
        v.constructionInProgress = building;
        v.permitStatus = "NONE";
        v.notes = "示例巡查记录";
        v.requestDigest = "demo";
        v.createdAt = v.visitedAt;
        v.persist();
        records.append(SiteRecordOwner.of(site.id), officers.find(by).actor(),
                RecordLine.of(RecordActions.VISITED, SiteVisits.visitDetail(v)).at(v.latitude, v.longitude));
        return v;
    }
}
