package org.fieldlaw.patrols;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/** Sites, visits and the continued-building alarm over HTTP (docs/domain.md §6). */
@QuarkusTest
class SiteResourceTest {

    private static final String SITES = "/api/v1/sites";
    private static final AtomicInteger SPOT = new AtomicInteger();

    /** A place of its own for each test: a kilometre apart, so no test attaches to another's site. */
    private static double[] freshSpot() {
        int n = SPOT.incrementAndGet();
        return new double[] { 22.40 + n * 0.01, 113.00 + (n % 7) * 0.01 };
    }

    private static Map<String, Object> observation(Integer floors, String area, boolean building) {
        Map<String, Object> o = new HashMap<>();
        o.put("kind", "ADDED_FLOORS");
        o.put("floors", floors);
        o.put("floorArea", area);
        o.put("constructionInProgress", building);
        o.put("permitStatus", "NONE");
        return o;
    }

    private static Map<String, Object> report(double[] at, Map<String, Object> observation) {
        Map<String, Object> r = new HashMap<>();
        r.put("siteId", UUID.randomUUID().toString());
        r.put("visitId", UUID.randomUUID().toString());
        r.put("placeCode", AgencyFixture.BAISHA);
        r.put("address", "白沙街道某村 12 号（测试）");
        r.put("planningArea", "URBAN_OR_TOWN");
        r.put("villaArea", false);
        r.put("visitedAt", "2026-11-02T09:30:00+08:00");
        r.put("point", Map.of("latitude", at[0], "longitude", at[1], "accuracyM", 5.0));
        r.put("observation", observation);
        return r;
    }

    private static Map<String, Object> visit(double[] at, String when, Map<String, Object> observation) {
        return Map.of("visitId", UUID.randomUUID().toString(), "visitedAt", when,
                "point", Map.of("latitude", at[0], "longitude", at[1]), "observation", observation);
    }

    private static String newSite(double[] at) {
        return officer().body(report(at, observation(2, "120", false))).post(SITES + "/reports").then().statusCode(201)
                .extract().path("site.id");
    }

    private static void status(String site, String status, String deadline) {
        String etag = officer().get(SITES + "/" + site).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (deadline != null) {
            body.put("orderDeadline", deadline);
        }
        officer().header("If-Match", etag).body(body).put(SITES + "/" + site + "/status").then().statusCode(200);
    }

    @Test
    void aReportIsANewSiteAndItsResendIsTheSameVisit() {
        Map<String, Object> report = report(freshSpot(), observation(1, "80", true));
        String site = officer().body(report).post(SITES + "/reports").then().statusCode(201)
                .body("site.status", equalTo("SUSPECTED")).body("site.article", equalTo("64"))
                .body("visit.visitNumber", equalTo(1)).body("attachedToExistingSite", equalTo(false))
                .extract().path("site.id");
        officer().body(report).post(SITES + "/reports").then().statusCode(200).body("site.id", equalTo(site))
                .body("visit.id", equalTo(report.get("visitId"))).body("resent", equalTo(true));
        Map<String, Object> changed = new HashMap<>(report);
        changed.put("address", "另一个地址");
        officer().body(changed).post(SITES + "/reports").then().statusCode(409).body("stored.id", equalTo(report.get("visitId")));
        officer().get(SITES + "/" + site + "/visits").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aVisitToASiteThatIsNotThereIsNotFoundEvenUnderTheIdOfAVisitStoredElsewhere() {
        double[] at = freshSpot();
        Map<String, Object> report = report(at, observation(1, "80", true));
        officer().body(report).post(SITES + "/reports").then().statusCode(201);
        Map<String, Object> again = new HashMap<>(visit(at, "2026-11-02T09:30:00+08:00", observation(1, "80", true)));
        again.put("visitId", report.get("visitId"));
        officer().body(again).post(SITES + "/" + UUID.randomUUID() + "/visits").then().statusCode(404);
    }

    @Test
    void aReportWithinThirtyMetresOfAnOpenSiteIsAVisitToIt() {
        double[] at = freshSpot();
        String site = newSite(at);
        double[] twelveMetresNorth = { at[0] + 12 / 111_195.0, at[1] };
        officer().body(report(twelveMetresNorth, observation(2, "121", false))).post(SITES + "/reports").then().statusCode(200)
                .body("attachedToExistingSite", equalTo(true)).body("site.id", equalTo(site))
                .body("metresFromSite", both(greaterThan(11.5f)).and(lessThan(12.5f))).body("visit.visitNumber", equalTo(2));
        double[] fortyMetresNorth = { at[0] + 40 / 111_195.0, at[1] };
        officer().body(report(fortyMetresNorth, observation(1, "30", true))).post(SITES + "/reports").then().statusCode(201)
                .body("site.id", not(equalTo(site)));
    }

    @Test
    void buildingOnUnderAStopOrderRaisesTheAlarmForSupervisors() {
        double[] at = freshSpot();
        String site = newSite(at);
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        officer().get(SITES + "/" + site).then().body("nextInspectionDue", notNullValue());
        officer().body(visit(at, "2026-11-10T10:00:00+08:00", observation(2, "121", false))).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
        String alarm = officer().body(visit(at, "2026-11-13T10:00:00+08:00", observation(3, "121", false)))
                .post(SITES + "/" + site + "/visits").then().statusCode(200)
                .body("alarm.signs[0]", containsString("more floors"))
                .body("alarm.proposedStep", containsString("第六十八条"))
                .extract().path("alarm.id");
        officer().get(SITES + "/" + site + "/alarms").then().body("items", hasSize(1));
        officer().get(SITES + "/" + site).then().body("openAlarms", equalTo(1));
        officer().queryParam("status", "stop_order_issued").get(SITES).then().statusCode(200)
                .body("items.find { it.id == '" + site + "' }.openAlarms", equalTo(1));
        supervisor().get("/api/v1/alarms").then().statusCode(200).body("items.id", hasItem(alarm));
        officer().post("/api/v1/alarms/" + alarm + "/acknowledgement").then().statusCode(403);
        supervisor().post("/api/v1/alarms/" + alarm + "/acknowledgement").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        supervisor().post("/api/v1/alarms/" + alarm + "/acknowledgement").then().statusCode(409);
        supervisor().get("/api/v1/alarms").then().body("items.id", not(hasItem(alarm)));
    }

    @Test
    void buildingBeforeADemolitionDeadlineRaisesTheAlarmWhileTheStopOrderBeforeItStands() {
        // Planning Law Arts 64, 68: before, the demolition order's deadline hid the stop order until it passed
        double[] at = freshSpot();
        String site = newSite(at);
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        status(site, "DEMOLITION_ORDERED", "2027-01-31");
        officer().get(SITES + "/" + site).then().body("stopOrderedOn", notNullValue()).body("orderDeadline", equalTo("2027-01-31"));
        officer().body(visit(at, "2026-11-10T10:00:00+08:00", observation(2, "121", false))).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
        officer().body(visit(at, "2026-11-13T10:00:00+08:00", observation(3, "121", false))).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm.signs[0]", containsString("more floors"));

        double[] elsewhere = freshSpot();
        String ordered = newSite(elsewhere);
        status(ordered, "CONFIRMED_ILLEGAL", null);
        status(ordered, "DEMOLITION_ORDERED", "2027-01-31");
        officer().get(SITES + "/" + ordered).then().body("stopOrderedOn", nullValue());
        officer().body(visit(elsewhere, "2026-11-10T10:00:00+08:00", observation(2, "121", false))).post(SITES + "/" + ordered + "/visits")
                .then().statusCode(200);
        officer().body(visit(elsewhere, "2026-11-13T10:00:00+08:00", observation(3, "121", false))).post(SITES + "/" + ordered + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
    }

    @Test
    void noiseWithinToleranceAndDemolitionRaiseNoAlarm() {
        double[] at = freshSpot();
        String site = newSite(at);
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        officer().body(visit(at, "2026-11-10T10:00:00+08:00", observation(2, "124", false))).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
        Map<String, Object> demolishing = observation(2, "140", true);
        demolishing.put("demolitionInProgress", true);
        officer().body(visit(at, "2026-11-12T10:00:00+08:00", demolishing)).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
    }

    @Test
    void aSuspectedSiteThatGrowsRaisesNoAlarmUntilItIsRestrained() {
        double[] at = freshSpot();
        String site = newSite(at);
        officer().body(visit(at, "2026-11-10T10:00:00+08:00", observation(4, "300", true))).post(SITES + "/" + site + "/visits")
                .then().statusCode(200).body("alarm", nullValue());
    }

    @Test
    void statusesMoveOnlyAsTheLawAllowsAndOrdersCarryTheirDeadline() {
        String site = newSite(freshSpot());
        String etag = officer().get(SITES + "/" + site).then().extract().header("ETag");
        officer().header("If-Match", etag).body(Map.of("status", "DEMOLISHED")).put(SITES + "/" + site + "/status").then().statusCode(409);
        status(site, "CONFIRMED_ILLEGAL", null);
        String current = officer().get(SITES + "/" + site).then().extract().header("ETag");
        officer().header("If-Match", current).body(Map.of("status", "CORRECTION_ORDERED")).put(SITES + "/" + site + "/status")
                .then().statusCode(400).body("violations.field", hasItem("orderDeadline"));
        officer().header("If-Match", etag).body(Map.of("status", "STOP_ORDER_ISSUED")).put(SITES + "/" + site + "/status")
                .then().statusCode(412);
        officer().body(Map.of("status", "STOP_ORDER_ISSUED")).put(SITES + "/" + site + "/status").then().statusCode(428);
        status(site, "CORRECTION_ORDERED", "2026-12-31");
        officer().get(SITES + "/" + site).then().body("orderDeadline", equalTo("2026-12-31"));
    }

    @Test
    void badReportsAreClearProblemsAndWriteNothing() {
        double[] at = freshSpot();
        Map<String, Object> r = report(at, observation(1, "50", true));
        r.remove("observation");
        officer().body(r).post(SITES + "/reports").then().statusCode(400);
        officer().body(report(at, Map.of("kind", "CASTLE", "constructionInProgress", true, "permitStatus", "NONE")))
                .post(SITES + "/reports").then().statusCode(400).body("violations.field", hasItem(containsString("kind")));
        officer().body(report(new double[] { 95, 113 }, observation(1, "50", true))).post(SITES + "/reports").then().statusCode(400);
        Map<String, Object> elsewhere = report(at, observation(1, "50", true));
        elsewhere.put("placeCode", AgencyFixture.ENCHENG);
        officer().body(elsewhere).post(SITES + "/reports").then().statusCode(403);
        officer().get(SITES).then().statusCode(200).body("items.address", not(hasItem("另一个地址")));
        officer().queryParam("status", "FLYING").get(SITES).then().statusCode(400);
    }

    @Test
    void anotherTownNeitherSeesNorVisitsTheSite() {
        double[] at = freshSpot();
        String site = newSite(at);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(SITES + "/" + site).then().statusCode(404);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).body(visit(at, "2026-11-10T10:00:00+08:00", observation(2, "121", false)))
                .post(SITES + "/" + site + "/visits").then().statusCode(404);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(SITES).then().body("items.id", not(hasItem(site)));
        as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get(SITES + "/" + site).then().statusCode(200);
        as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).body(report(freshSpot(), observation(1, "50", true))).post(SITES + "/reports")
                .then().statusCode(403);
        given().get(SITES).then().statusCode(401);
    }

    @Test
    void aRestrainedSiteIsDueForReinspectionOnWorkingDays() {
        String site = newSite(freshSpot());
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        String due = officer().get(SITES + "/" + site).then().extract().path("nextInspectionDue");
        String expected = officer().queryParam("from", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString())
                .queryParam("workingDays", 3).get("/api/v1/agency/calendar/deadline").then().statusCode(200).extract().path("due");
        org.junit.jupiter.api.Assertions.assertEquals(expected, due, "three working days after the stop order");
    }

    @Test
    void aCountySupervisorListsTheSitesOfOneTown() {
        String site = newSite(freshSpot());
        supervisor().queryParam("place", AgencyFixture.BAISHA).get(SITES).then().statusCode(200).body("items.id", hasItem(site));
        supervisor().queryParam("place", AgencyFixture.HUANSHI).get(SITES).then().statusCode(200).body("items.id", not(hasItem(site)));
        supervisor().queryParam("place", AgencyFixture.ENCHENG).get(SITES).then().statusCode(403);
        supervisor().queryParam("place", "999999").get(SITES).then().statusCode(400);
    }
}
