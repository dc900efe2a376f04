package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * The site page and the alarm queue: building that goes on under a stop order (边执法边违建) reaches the
 * supervisor with both visits side by side and the Art 68 step, and only a supervisor acknowledges it.
 */
@QuarkusTest
class SitePageTest {

    private static final AtomicInteger SPOT = new AtomicInteger();

    @OidcWireMock
    WireMockServer provider;

    @jakarta.inject.Inject
    org.fieldlaw.testing.Bureaus bureaus;

    @jakarta.inject.Inject
    org.fieldlaw.patrols.SiteAlarms alarms;

    @TestHTTPResource("/")
    URI base;

    private static Map<String, Object> observation(int floors) {
        return new HashMap<>(Map.of("kind", "ADDED_FLOORS", "floors", floors, "floorArea", "120", "constructionInProgress", false,
                "permitStatus", "NONE"));
    }

    /** A site under a stop order whose second visit shows a floor more: an open alarm. */
    static String siteWithAnAlarm(String address) {
        return siteWithAnAlarm(address, null, null);
    }

    /** The same, naming the party building there. */
    static String siteWithAnAlarm(String address, String partyName, String partyIdentifier) {
        int n = SPOT.incrementAndGet();
        Map<String, Object> at = Map.of("latitude", 22.75 + n * 0.01, "longitude", 113.25);
        Map<String, Object> report = new HashMap<>(Map.of("siteId", UUID.randomUUID().toString(), "visitId", UUID.randomUUID().toString(),
                "placeCode", AgencyFixture.BAISHA, "address", address, "planningArea", "URBAN_OR_TOWN", "villaArea", false,
                "visitedAt", "2026-11-02T09:30:00+08:00", "point", at, "observation", observation(2)));
        if (partyName != null) {
            report.put("partyName", partyName);
            report.put("partyIdentifier", partyIdentifier);
        }
        String site = CaseApi.officer().body(report).post("/api/v1/sites/reports").then().statusCode(201).extract().path("site.id");
        for (String status : new String[] { "CONFIRMED_ILLEGAL", "STOP_ORDER_ISSUED" }) {
            String etag = CaseApi.officer().get("/api/v1/sites/" + site).then().extract().header("ETag");
            CaseApi.officer().header("If-Match", etag).body(Map.of("status", status)).put("/api/v1/sites/" + site + "/status").then().statusCode(200);
        }
        CaseApi.officer().body(Map.of("visitId", UUID.randomUUID().toString(), "visitedAt", "2026-11-13T10:00:00+08:00", "point", at,
                "observation", observation(3))).post("/api/v1/sites/" + site + "/visits").then().statusCode(200);
        return site;
    }

    @Test
    void continuedBuildingReachesTheSupervisorWithBothVisitsAndTheArticle68Step() throws Exception {
        String site = siteWithAnAlarm("白沙街道某村 7 号（控制台测试）");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/alarms\""), "the alarm card opens the queue");
        String queue = supervisor.get("/console/alarms").body();
        assertTrue(queue.contains("href=\"/console/sites/" + site + "\"") && queue.contains("边执法边违建"), queue);
        HttpResponse<String> page = supervisor.get("/console/sites/" + site);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("已责令停止建设") && html.contains("第六十八条"), html);
        assertTrue(html.contains("第 1 次巡查") && html.contains("第 2 次巡查") && html.contains("3 层") && html.contains("2 层"), "visits side by side");
        assertTrue(html.contains("已知悉"), "the supervisor is offered the acknowledgement");
        String alarmId = CaseApi.supervisor().get("/api/v1/sites/" + site + "/alarms").then().extract().path("items[0].id");
        HttpResponse<String> done = supervisor.post("/console/alarms/" + alarmId + "/acknowledgement", Map.of());
        assertEquals(204, done.statusCode(), done.body());
        assertEquals(409, supervisor.post("/console/alarms/" + alarmId + "/acknowledgement", Map.of()).statusCode(), "once only");
        assertTrue(supervisor.get("/console/sites/" + site).body().contains("处理"), "shown as handled");
        assertTrue(!supervisor.get("/console/alarms").body().contains("/console/sites/" + site + "\""), "out of the queue");
    }

    @Test
    void onlyASupervisorAcknowledgesAndNobodyOutsideTheJurisdictionSeesTheSite() throws Exception {
        String site = siteWithAnAlarm("白沙街道某村 9 号（控制台测试）");
        String alarmId = CaseApi.supervisor().get("/api/v1/sites/" + site + "/alarms").then().extract().path("items[0].id");
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        String page = auditor.get("/console/sites/" + site).body();
        assertTrue(page.contains("边执法边违建") && !page.contains("已知悉"), "the auditor reads and is offered nothing");
        assertEquals(403, auditor.post("/console/alarms/" + alarmId + "/acknowledgement", Map.of()).statusCode());
        ConsoleBrowser officer = ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        assertEquals(200, officer.get("/console/sites/" + site).statusCode(), "an officer of the town reads the site");
        assertEquals(403, officer.get("/console/alarms").statusCode(), "the alarm queue is the supervisors'");
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertEquals(404, encheng.get("/console/sites/" + site).statusCode());
        assertEquals(404, encheng.post("/console/alarms/" + alarmId + "/acknowledgement", Map.of()).statusCode());
        assertEquals("OPEN", CaseApi.supervisor().get("/api/v1/sites/" + site + "/alarms").then().extract().path("items[0].status"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = AgencyFixture.PENGJIANG_SUPERVISOR, roles = Roles.SUPERVISOR)
    void theAlarmQueueIsReadAPageAtATimeOldestFirstWithNoAlarmMissedOrRepeated() {
        List<String> made = List.of(siteWithAnAlarm("白沙街道某村 21 号（分页测试）"), siteWithAnAlarm("白沙街道某村 22 号（分页测试）"),
                siteWithAnAlarm("白沙街道某村 23 号（分页测试）"));
        List<org.fieldlaw.patrols.SiteDto.AlarmView> whole = alarms.open(AgencyFixture.BAISHA, null, 10_000).items();
        List<UUID> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            org.fieldlaw.patrols.SiteAlarms.OpenPage page = alarms.open(AgencyFixture.BAISHA, cursor, 2);
            assertTrue(page.items().size() <= 2);
            page.items().forEach(a -> paged.add(a.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(whole.stream().map(org.fieldlaw.patrols.SiteDto.AlarmView::id).toList(), paged, "pages of two add up to the whole queue, in order");
        assertTrue(whole.stream().map(a -> a.siteId().toString()).toList().containsAll(made), "the three new alarms are in it");
        for (int i = 1; i < whole.size(); i++) {
            assertTrue(!whole.get(i).raisedAt().isBefore(whole.get(i - 1).raisedAt()), "oldest first");
        }
    }

    @Test
    void aReinspectionPastItsDayIsFlaggedOnTheSitePage() throws Exception {
        String site = siteWithAnAlarm("白沙街道某村 27 号（复查逾期测试）");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(!supervisor.get("/console/sites/" + site).body().contains("已逾期，请尽快复查"), "due later: not flagged");
        java.time.LocalDate yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> org.fieldlaw.patrols.Site.update("nextInspectionDue = ?1 where id = ?2",
                yesterday, UUID.fromString(site)));
        String page = supervisor.get("/console/sites/" + site).body();
        assertTrue(page.contains("class=\"late\">" + yesterday + "（已逾期，请尽快复查）"), "past its day: flagged");
    }

    @Test
    void theAlarmQueueNarrowsToATownOfTheJurisdictionOnly() throws Exception {
        String site = siteWithAnAlarm("白沙街道某村 25 号（筛选测试）");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.get("/console/alarms?town=" + AgencyFixture.BAISHA).body().contains("/console/sites/" + site + "\""));
        assertEquals(403, supervisor.get("/console/alarms?town=" + AgencyFixture.ENCHENG).statusCode(), "another county's town");
        assertEquals(400, supervisor.get("/console/alarms?town=000000").statusCode());
        assertEquals(400, supervisor.get("/console/alarms?cursor=garbage").statusCode());
    }

    private static List<Map.Entry<String, String>> conversion(String caseId, String... officers) {
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(List.of(Map.entry("caseId", caseId), Map.entry("partyKind", "PERSON"),
                Map.entry("partyName", "李某某"), Map.entry("constructionCost", "180000"), Map.entry("actDate", "2026-10-20")));
        for (String o : officers) {
            form.add(Map.entry("officer", o));
        }
        return form;
    }

    @Test
    void aTownOfficerConvertsTheSiteToACaseFromItsPageOnceEvenWhenTheFormIsSentTwice() throws Exception {
        bureaus.ensureSampleBaselines();
        String site = siteWithAnAlarm("白沙街道某村 11 号（转案测试）");
        ConsoleBrowser officer = ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        String page = officer.get("/console/sites/" + site).body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("name=\"caseId\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertTrue(id.find() && page.contains(AgencyFixture.CASE_OFFICER_B_ID.toString()), "the form offers the body's certified officers");
        String caseId = id.group(1);
        String a = AgencyFixture.CASE_OFFICER_A_ID.toString();
        String b = AgencyFixture.CASE_OFFICER_B_ID.toString();

        // bad input: refused with the field named, and the site stays without a case
        for (List<Map.Entry<String, String>> bad : List.of(conversion(caseId), conversion("not-a-uuid", a, b), conversion(caseId, a, "x"))) {
            HttpResponse<String> refused = officer.post("/console/sites/" + site + "/case", bad);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("refused"), refused.body());
        }
        List<Map.Entry<String, String>> badCost = conversion(caseId, a, b);
        badCost.set(3, Map.entry("constructionCost", "十八万"));
        assertEquals(400, officer.post("/console/sites/" + site + "/case", badCost).statusCode());
        assertNull(CaseApi.officer().get("/api/v1/sites/" + site).then().extract().<String>path("caseId"), "nothing written");

        HttpResponse<String> done = officer.post("/console/sites/" + site + "/case", conversion(caseId, a, b));
        assertEquals(204, done.statusCode(), done.body());
        assertEquals("/console/cases/" + caseId, done.headers().firstValue("HX-Redirect").orElse(""));
        HttpResponse<String> again = officer.post("/console/sites/" + site + "/case", conversion(caseId, a, b));
        assertEquals("/console/cases/" + caseId, again.headers().firstValue("HX-Redirect").orElse(""), "a second click answers the same case");
        assertEquals(caseId, CaseApi.officer().get("/api/v1/sites/" + site).then().extract().<String>path("caseId"));
        String now = officer.get("/console/sites/" + site).body();
        assertTrue(now.contains("已转为案件") && !now.contains("name=\"caseId\""), "the page links the case and offers no second conversion");
        assertTrue(officer.get("/console/cases/" + caseId).body().contains("李"), "the case page opens");
    }

    @Test
    void onlyOfficersAndSupervisorsOfTheJurisdictionConvertASite() throws Exception {
        String site = siteWithAnAlarm("白沙街道某村 13 号（转案测试）");
        List<Map.Entry<String, String>> form = conversion(UUID.randomUUID().toString(), AgencyFixture.CASE_OFFICER_A_ID.toString(),
                AgencyFixture.CASE_OFFICER_B_ID.toString());
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        assertTrue(!auditor.get("/console/sites/" + site).body().contains("转为案件</button>"), "no form for an auditor");
        assertEquals(403, auditor.post("/console/sites/" + site + "/case", form).statusCode());
        ConsoleBrowser reviewer = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER);
        assertEquals(403, reviewer.post("/console/sites/" + site + "/case", form).statusCode());
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER);
        assertEquals(404, encheng.post("/console/sites/" + site + "/case", form).statusCode());
        io.restassured.RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("caseId", "x")
                .post("/console/sites/" + site + "/case").then().statusCode(403);
        assertNull(CaseApi.officer().get("/api/v1/sites/" + site).then().extract().<String>path("caseId"), "nothing written");
    }
}
