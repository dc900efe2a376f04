package org.fieldlaw.patrols;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldlaw.agency.AgencyRecords;
import org.fieldlaw.patrols.model.ContinuedBuilding;
import org.fieldlaw.patrols.model.PlanningArea;
import org.fieldlaw.patrols.model.SiteStatus;

/**
 * Sample patrol data for dev mode (fieldlaw.agency.demo-data): sites in 白沙街道 and a village of
 * 恩平市, one of them built on after its stop order, with the alarm the rule raises from its visits.
 * Invented places and people, marked 示例.
 */
@ApplicationScoped
public class DemoSites {

    private static final UUID CHEN = AgencyRecords.idOf("demo-officer-chen");
    private static final UUID WU = AgencyRecords.idOf("demo-officer-wu");

    private final ObjectMapper mapper;

    DemoSites(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
        SiteVisit first = visit(stopped, 1, "2026-11-02T09:20:00+08:00", 2, "160", "6.4", false, CHEN);
        SiteVisit second = visit(stopped, 2, "2026-11-18T10:05:00+08:00", 3, "168", "9.5", true, CHEN);
        new ContinuedBuilding(ContinuedBuilding.Tolerance.defaults())
                .check(stopped.status, null, LocalDate.of(2026, 11, 18), first.observation(), second.observation())
                .ifPresent(alarm -> {
                    SiteAlarm a = new SiteAlarm();
                    a.id = AgencyRecords.idOf("demo-alarm-1");
                    a.siteId = stopped.id;
                    a.earlierVisitId = first.id;
                    a.laterVisitId = second.id;
                    a.signs = json(alarm.signs());
                    a.proposedStep = SiteService.ART_68_STEP;
                    a.status = "OPEN";
                    a.raisedAt = second.createdAt;
                    a.persist();
                });
        Site suspected = site("demo-site-2", "440703001", "白沙街道白沙大道西 88 号天台（示例）", 22.5897, 113.0822,
                PlanningArea.URBAN_OR_TOWN, false, SiteStatus.SUSPECTED, CHEN);
        visit(suspected, 1, "2026-11-20T15:40:00+08:00", 1, "35", "3.0", true, CHEN);
        Site village = site("demo-site-3", "440785001", "恩城街道某村委会后山（示例）", 22.1830, 112.3050,
                PlanningArea.TOWNSHIP_OR_VILLAGE, false, SiteStatus.CONFIRMED_ILLEGAL, WU);
        visit(village, 1, "2026-11-12T11:00:00+08:00", 2, "210", "7.0", false, WU);
        Log.info("Demo patrol data loaded: 3 sites, 4 visits, 1 continued-building alarm (samples)");
    }

    private static Site site(String name, String place, String address, double lat, double lon, PlanningArea area, boolean villa,
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
        s.nextInspectionDue = status.restrained() ? LocalDate.of(2026, 11, 23) : null;
        s.createdBy = by;
        s.persist();
        return s;
    }

    private static SiteVisit visit(Site site, int number, String at, int floors, String area, String height, boolean building, UUID by) {
        SiteVisit v = new SiteVisit();
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
        return v;
    }
}
