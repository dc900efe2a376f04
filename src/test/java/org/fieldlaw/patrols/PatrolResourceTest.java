package org.fieldlaw.patrols;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/** Patrols, their GPS tracks sent in retried and out-of-order batches, and supervisors' assignments (docs/domain.md §6). */
@QuarkusTest
class PatrolResourceTest {

    private static final String PATROLS = "/api/v1/patrols/";
    private static final String ASSIGNMENTS = "/api/v1/patrol-assignments/";
    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).withNano(0);

    static Map<String, Object> patrol(OffsetDateTime endedAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("placeCode", AgencyFixture.BAISHA);
        p.put("plannedArea", "白沙街道 东区 村道巡查（测试）");
        p.put("officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(), AgencyFixture.CASE_OFFICER_B_ID.toString()));
        p.put("startedAt", START.toString());
        p.put("endedAt", endedAt == null ? null : endedAt.toString());
        return p;
    }

    private static Map<String, Object> fix(int minute, double latitude) {
        return Map.of("at", START.plusMinutes(minute).toString(), "latitude", latitude, "longitude", 113.08, "accuracyM", 6.0);
    }

    static UUID startPatrol() {
        UUID id = UUID.randomUUID();
        officer().body(patrol(null)).put(PATROLS + id).then().statusCode(201);
        return id;
    }

    @Test
    void aPatrolIsStartedOnceResentAsTheSameAndEndedLater() {
        UUID id = UUID.randomUUID();
        officer().body(patrol(null)).put(PATROLS + id).then().statusCode(201)
                .body("officers", hasSize(2)).body("officers[0].name", notNullValue()).body("endedAt", equalTo(null));
        officer().body(patrol(null)).put(PATROLS + id).then().statusCode(200).body("id", equalTo(id.toString()));
        officer().body(patrol(START.plusHours(2))).put(PATROLS + id).then().statusCode(200).body("endedAt", notNullValue());
        // the end, once recorded, is not moved by a resend of the earlier state or by another end
        officer().body(patrol(null)).put(PATROLS + id).then().statusCode(200).body("endedAt", notNullValue());
        officer().body(patrol(START.plusHours(1))).put(PATROLS + id).then().statusCode(409).body("stored.endedAt", notNullValue());
        Map<String, Object> other = patrol(null);
        other.put("plannedArea", "别的区域");
        officer().body(other).put(PATROLS + id).then().statusCode(409).body("received.plannedArea", equalTo("别的区域"));
        officer().get(PATROLS + "?from=" + START.toLocalDate().minusDays(1)).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void trackBatchesSentTwiceAndOutOfOrderStoreEachFixOnce() {
        UUID id = startPatrol();
        List<Map<String, Object>> second = List.of(fix(10, 22.610), fix(11, 22.611), fix(12, 22.612));
        List<Map<String, Object>> first = List.of(fix(0, 22.600), fix(1, 22.601), fix(2, 22.602));
        officer().body(Map.of("points", second)).post(PATROLS + id + "/track").then().statusCode(200)
                .body("added", equalTo(3)).body("totalPoints", equalTo(3));
        officer().body(Map.of("points", first)).post(PATROLS + id + "/track").then().statusCode(200)
                .body("added", equalTo(3)).body("totalPoints", equalTo(6));
        // the phone did not hear the answer and sends the first batch again, with one overlapping fix of the next
        List<Map<String, Object>> again = new ArrayList<>(first);
        again.add(fix(10, 22.610));
        again.add(fix(13, 22.613));
        as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).body(Map.of("points", again)).post(PATROLS + id + "/track").then().statusCode(200)
                .body("received", equalTo(5)).body("added", equalTo(1)).body("duplicates", equalTo(4)).body("totalPoints", equalTo(7));
        // a different position at a time already held is reported and not stored
        officer().body(Map.of("points", List.of(fix(1, 22.9)))).post(PATROLS + id + "/track").then().statusCode(200)
                .body("added", equalTo(0)).body("conflicting", hasSize(1)).body("conflicting[0].latitude", equalTo(22.9f));
        officer().get(PATROLS + id + "/track").then().statusCode(200)
                .body("points", hasSize(7)).body("points[0].latitude", equalTo(22.6f)).body("points[1].latitude", equalTo(22.601f))
                .body("points[6].latitude", equalTo(22.613f)).body("geometry.type", equalTo("LineString"))
                .body("geometry.coordinates", hasSize(7));
        officer().get(PATROLS + id).then().body("trackPoints", equalTo(7));
    }

    @Test
    void onlyThePatrolsOfficersUploadItsTrackAndFixesMustFallInsideThePatrol() {
        UUID id = startPatrol();
        as(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER).body(Map.of("points", List.of(fix(0, 22.6)))).post(PATROLS + id + "/track")
                .then().statusCode(403).body("type", containsString("forbidden"));
        officer().body(Map.of("points", List.of(fix(5, 22.6), fix(-30, 22.6)))).post(PATROLS + id + "/track").then().statusCode(400)
                .body("violations[0].field", equalTo("points[1].at"));
        officer().get(PATROLS + id).then().body("trackPoints", equalTo(0));
        officer().body(Map.of("points", List.of())).post(PATROLS + id + "/track").then().statusCode(400);
        officer().body(Map.of("points", List.of(Map.of("at", START.toString(), "latitude", 95, "longitude", 113))))
                .post(PATROLS + id + "/track").then().statusCode(400);
        // ending before fixes already uploaded is refused
        officer().body(Map.of("points", List.of(fix(90, 22.6)))).post(PATROLS + id + "/track").then().statusCode(200);
        officer().body(patrol(START.plusMinutes(30))).put(PATROLS + id).then().statusCode(400)
                .body("violations[0].field", equalTo("endedAt"));
    }

    @Test
    void aPatrolNeedsTwoOfficersOfTheJurisdictionIncludingTheOneRecordingIt() {
        Map<String, Object> alone = patrol(null);
        alone.put("officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString()));
        officer().body(alone).put(PATROLS + UUID.randomUUID()).then().statusCode(400).body("violations[0].field", equalTo("officers"));
        Map<String, Object> stranger = patrol(null);
        stranger.put("officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(), AgencyFixture.ENCHENG_OFFICER_ID.toString()));
        officer().body(stranger).put(PATROLS + UUID.randomUUID()).then().statusCode(400).body("violations[0].field", equalTo("officers[1]"));
        Map<String, Object> notMe = patrol(null);
        notMe.put("officers", List.of(AgencyFixture.CASE_OFFICER_B_ID.toString(), AgencyFixture.BAISHA_OFFICER_ID.toString()));
        officer().body(notMe).put(PATROLS + UUID.randomUUID()).then().statusCode(400);
        Map<String, Object> elsewhere = patrol(null);
        elsewhere.put("placeCode", AgencyFixture.ENCHENG);
        officer().body(elsewhere).put(PATROLS + UUID.randomUUID()).then().statusCode(403);
        Map<String, Object> backwards = patrol(START.minusMinutes(1));
        officer().body(backwards).put(PATROLS + UUID.randomUUID()).then().statusCode(400).body("violations[0].field", equalTo("endedAt"));
        UUID id = startPatrol();
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(PATROLS + id).then().statusCode(404);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(PATROLS + id + "/track").then().statusCode(404);
    }

    @Test
    void aVisitMadeOnAPatrolIsTheWorkOfThePatrolsOfficers() {
        UUID patrol = startPatrol();
        Map<String, Object> report = new HashMap<>();
        report.put("siteId", UUID.randomUUID().toString());
        report.put("visitId", UUID.randomUUID().toString());
        report.put("patrolId", patrol.toString());
        report.put("placeCode", AgencyFixture.BAISHA);
        report.put("address", "白沙街道巡查发现的加建（测试）");
        report.put("planningArea", "URBAN_OR_TOWN");
        report.put("visitedAt", START.plusMinutes(20).toString());
        report.put("point", Map.of("latitude", 22.251, "longitude", 113.201));
        report.put("observation", Map.of("kind", "ROOFTOP_STRUCTURE", "constructionInProgress", true, "permitStatus", "NONE"));
        officer().body(report).post("/api/v1/sites/reports").then().statusCode(201)
                .body("visit.patrolId", equalTo(patrol.toString())).body("visit.officers", hasSize(2))
                .body("visit.officers", hasItem(AgencyFixture.CASE_OFFICER_B_ID.toString()));
        Map<String, Object> notMine = new HashMap<>(report);
        notMine.put("siteId", UUID.randomUUID().toString());
        notMine.put("visitId", UUID.randomUUID().toString());
        notMine.put("point", Map.of("latitude", 22.261, "longitude", 113.201));
        as(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER).body(notMine).post("/api/v1/sites/reports").then().statusCode(400)
                .body("violations[0].field", equalTo("patrolId"));
    }

    private static Map<String, Object> assignment(int every) {
        Map<String, Object> a = new HashMap<>();
        a.put("placeCode", AgencyFixture.BAISHA);
        a.put("areaName", "白沙街道 东区（测试）");
        a.put("route", "村道—河堤—工业区");
        a.put("everyWorkingDays", every);
        a.put("officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(), AgencyFixture.CASE_OFFICER_B_ID.toString()));
        return a;
    }

    @Test
    void supervisorsAssignAreasAndFrequenciesAndSeeWhichAreOverdue() {
        UUID id = UUID.randomUUID();
        String etag = supervisor().body(assignment(2)).put(ASSIGNMENTS + id).then().statusCode(201)
                .body("nextPatrolDue", notNullValue()).body("overdue", equalTo(false)).body("officers", hasSize(2))
                .extract().header("ETag");
        supervisor().body(assignment(2)).put(ASSIGNMENTS + id).then().statusCode(200);
        supervisor().body(assignment(3)).put(ASSIGNMENTS + id).then().statusCode(428);
        supervisor().header("If-Match", "\"99\"").body(assignment(3)).put(ASSIGNMENTS + id).then().statusCode(412);
        supervisor().header("If-Match", etag).body(assignment(3)).put(ASSIGNMENTS + id).then().statusCode(200)
                .body("everyWorkingDays", equalTo(3));
        // made a month ago and never patrolled: overdue
        QuarkusTransaction.requiringNew().run(() -> PatrolAssignment.update("createdAt = ?1 where id = ?2",
                OffsetDateTime.now().minusDays(30), id));
        supervisor().get(ASSIGNMENTS + "?overdue=true").then().statusCode(200).body("items.id", hasItem(id.toString()));
        // a patrol on the assignment today: no longer overdue
        Map<String, Object> onIt = patrol(null);
        onIt.put("assignmentId", id.toString());
        onIt.put("startedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).toString());
        officer().body(onIt).put(PATROLS + UUID.randomUUID()).then().statusCode(201);
        supervisor().get(ASSIGNMENTS + id).then().statusCode(200).body("overdue", equalTo(false)).body("lastPatrolAt", notNullValue());
        supervisor().get(ASSIGNMENTS + "?overdue=true").then().body("items.id", not(hasItem(id.toString())));
        officer().get(ASSIGNMENTS).then().statusCode(200).body("items.id", hasItem(id.toString()));
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(ASSIGNMENTS + id).then().statusCode(404);
    }

    @Test
    void badAssignmentsAreRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        supervisor().body(assignment(0)).put(ASSIGNMENTS + id).then().statusCode(400);
        Map<String, Object> stranger = assignment(2);
        stranger.put("officers", List.of(AgencyFixture.ENCHENG_OFFICER_ID.toString()));
        supervisor().body(stranger).put(ASSIGNMENTS + id).then().statusCode(400).body("violations[0].field", equalTo("officers[0]"));
        Map<String, Object> elsewhere = assignment(2);
        elsewhere.put("placeCode", AgencyFixture.ENCHENG);
        supervisor().body(elsewhere).put(ASSIGNMENTS + id).then().statusCode(403);
        supervisor().get(ASSIGNMENTS + id).then().statusCode(404);
        Map<String, Object> wrongAssignment = patrol(null);
        wrongAssignment.put("assignmentId", UUID.randomUUID().toString());
        officer().body(wrongAssignment).put(PATROLS + UUID.randomUUID()).then().statusCode(400)
                .body("violations[0].field", equalTo("assignmentId"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> PatrolAssignment.count("id", id)));
    }

    @Test
    void aPeriodWithAnEmptyEndIsTheLastSevenDaysToTodayNotAServerError() {
        // found by fuzzing the contract: from without a usable to answered 500
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        officer().queryParam("from", today).queryParam("to", "").get("/api/v1/patrols").then().statusCode(200);
        officer().queryParam("from", "").queryParam("to", "").get("/api/v1/patrols").then().statusCode(200);
        officer().queryParam("from", "2026-13-01").get("/api/v1/patrols").then().statusCode(400);
        officer().queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").get("/api/v1/patrols").then().statusCode(400);
    }
}
