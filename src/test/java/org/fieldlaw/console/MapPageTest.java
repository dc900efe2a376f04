package org.fieldlaw.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.fieldlaw.patrols.PatrolAssignment;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * The patrol map: sites coloured by status with their alarms, the hot-spot grid, a day's tracks and
 * the overdue assignments, each only inside the caller's jurisdiction and only for supervisors and auditors.
 */
@QuarkusTest
class MapPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URI base;

    private static JsonNode layers(ConsoleBrowser who, String query) throws Exception {
        HttpResponse<String> answer = who.get("/console/map/layers?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static List<String> siteIds(JsonNode layers) {
        return StreamSupport.stream(layers.get("sites").spliterator(), false).map(s -> s.get("id").asText()).toList();
    }

    /** A patrol of the two town officers today with a three-fix track, as the phone sends it. */
    static UUID patrolToday() {
        UUID id = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(30);
        Map<String, Object> p = new HashMap<>(Map.of("placeCode", AgencyFixture.BAISHA, "plannedArea", "白沙街道 地图测试片区",
                "officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(), AgencyFixture.CASE_OFFICER_B_ID.toString()),
                "startedAt", start.toString()));
        CaseApi.officer().body(p).put("/api/v1/patrols/" + id).then().statusCode(201);
        List<Map<String, Object>> fixes = List.of(0, 5, 10).stream().map(m -> Map.<String, Object>of("at", start.plusMinutes(m).toString(),
                "latitude", 22.60 + m * 0.001, "longitude", 113.08, "accuracyM", 5.0)).toList();
        CaseApi.officer().body(Map.of("points", fixes)).post("/api/v1/patrols/" + id + "/track").then().statusCode(200);
        return id;
    }

    @Test
    void aSupervisorSeesTheSitesWithTheirAlarmsTheHotSpotsTheDaysTracksAndTheOverdueAssignments() throws Exception {
        String site = SitePageTest.siteWithAnAlarm("白沙街道地图测试村 1 号");
        // The day the patrol began: in the first half hour after midnight in Shanghai, that is yesterday (a run at
        // 00:05 once looked for its track on the wrong day).
        LocalDate patrolDay = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(30).toLocalDate();
        patrolToday();
        UUID assignment = UUID.randomUUID();
        CaseApi.supervisor().body(Map.of("placeCode", AgencyFixture.BAISHA, "areaName", "地图测试片区（逾期）", "everyWorkingDays", 1,
                "officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString()))).put("/api/v1/patrol-assignments/" + assignment).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> PatrolAssignment.update("createdAt = ?1 where id = ?2", OffsetDateTime.now().minusDays(30), assignment));

        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/map\""), "the bar opens the map");
        HttpResponse<String> page = supervisor.get("/console/map");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("地图测试片区（逾期）") && page.body().contains("从未巡查"), "the overdue assignment is listed");
        assertTrue(page.body().contains("已责令停止建设") && page.body().contains("data-layers=\"/console/map/layers?day="), "legend and layers");
        assertTrue(page.body().contains("data-outlines=\"/console/map/outlines\""), "the configured outlines are drawn");

        JsonNode all = layers(supervisor, "zoom=12&day=" + patrolDay);
        JsonNode pin = StreamSupport.stream(all.get("sites").spliterator(), false).filter(s -> s.get("id").asText().equals(site)).findFirst()
                .orElseThrow(() -> new AssertionError("the site is on the map: " + all));
        assertEquals("已责令停止建设", pin.get("status").asText());
        assertEquals(MapPage.COLOURS.get(org.fieldlaw.patrols.model.SiteStatus.STOP_ORDER_ISSUED), pin.get("colour").asText());
        assertEquals(1, pin.get("alarms").asLong(), "its open alarm");
        assertEquals("/console/sites/" + site, pin.get("href").asText());
        assertTrue(all.get("hotspots").size() > 0 && all.get("hotspotMax").asLong() > 0, "new sites make hot spots");
        assertTrue(StreamSupport.stream(all.get("tracks").spliterator(), false).anyMatch(t -> t.get("line").size() == 3
                && t.get("label").asText().contains("白沙街道 地图测试片区")), "today's track, with its three fixes: " + all.get("tracks"));

        // a viewport: only what lies in it
        double lat = pin.get("lat").asDouble();
        double lon = pin.get("lon").asDouble();
        assertTrue(siteIds(layers(supervisor, "bbox=" + (lon - 0.001) + "," + (lat - 0.001) + "," + (lon + 0.001) + "," + (lat + 0.001))).contains(site));
        JsonNode elsewhere = layers(supervisor, "bbox=112.0,21.0,112.1,21.1&day=" + patrolDay);
        assertFalse(siteIds(elsewhere).contains(site), "a view elsewhere leaves it off");
        assertFalse(elsewhere.get("tracks").toString().contains("白沙街道 地图测试片区"), "and the tracks that never enter it");
        assertTrue(layers(supervisor, "bbox=113.07,22.59,113.09,22.62&day=" + patrolDay).get("tracks").toString().contains("白沙街道 地图测试片区"),
                "a view the track crosses draws it");
        // another day has no track of this patrol
        String yesterday = patrolDay.minusDays(1).toString();
        assertFalse(layers(supervisor, "day=" + yesterday).get("tracks").toString().contains("白沙街道 地图测试片区"), "tracks are the day's");

        // the outlines as configured (WGS-84 basemap: unchanged)
        HttpResponse<String> outlines = supervisor.get("/console/map/outlines");
        assertEquals(200, outlines.statusCode());
        assertEquals(113.0, JSON.readTree(outlines.body()).at("/features/0/geometry/coordinates/0/0/0").asDouble());
    }

    @Test
    void anotherJurisdictionsSitesAndTracksAreNotOnItsMap() throws Exception {
        String site = SitePageTest.siteWithAnAlarm("白沙街道地图测试村 2 号");
        patrolToday();
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        JsonNode theirs = layers(encheng, "zoom=12");
        assertFalse(siteIds(theirs).contains(site));
        assertFalse(theirs.get("tracks").toString().contains("白沙街道 地图测试片区"));
        assertFalse(encheng.get("/console/map").body().contains("地图测试片区（逾期）"));
    }

    @Test
    void onlySupervisorsAndAuditorsOpenTheMapAndNobodyWithoutASession() throws Exception {
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        assertEquals(200, auditor.get("/console/map").statusCode());
        assertEquals(200, auditor.get("/console/map/layers").statusCode());
        for (String[] seat : new String[][] { { AgencyFixture.CASE_OFFICER_A, Roles.OFFICER }, { AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER },
                { AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN } }) {
            ConsoleBrowser other = ConsoleBrowser.signIn(provider, base, seat[0], seat[1]);
            assertEquals(403, other.get("/console/map").statusCode(), seat[1]);
            assertEquals(403, other.get("/console/map/layers").statusCode(), seat[1]);
            assertEquals(200, other.get("/console/map/outlines").statusCode(), seat[1] + " reads the outlines under a case's small map");
        }
        given().redirects().follow(false).get("/console/map").then().statusCode(302);
        given().redirects().follow(false).get("/console/map/layers").then().statusCode(302);
        given().redirects().follow(false).get("/console/map/outlines").then().statusCode(302);
    }

    @Test
    void aBadViewportOrDateIsRefusedWithItsReason() throws Exception {
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        for (String query : new String[] { "bbox=1,2,3", "bbox=113.2,22.6,113.1,22.7", "bbox=a,b,c,d", "day=2026-13-01", "zoom=99",
                "from=2026-11-30&to=2026-11-01" }) {
            HttpResponse<String> answer = supervisor.get("/console/map/layers?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("problem+json"), query);
            assertFalse(JSON.readTree(answer.body()).get("violations").isEmpty(), query);
        }
        HttpResponse<String> page = supervisor.get("/console/map?day=yesterday");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("day"), "the page names the field");
    }
}
