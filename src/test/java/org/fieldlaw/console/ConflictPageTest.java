package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/** A sync conflict reaches the supervisor with both versions side by side and is closed only with the reason written. */
@QuarkusTest
class ConflictPageTest {

    private static final Pattern SECTION = Pattern.compile("<section class=\"conflict\" id=\"conflict-([0-9a-f-]+)\">");

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    /** An edit made offline against a version the case no longer has. */
    private static String conflict() {
        return conflicts(1).get(0);
    }

    /** {@code n} edits of one case made offline against a version it no longer has, pushed at once: their conflicts' ids. */
    private static List<String> conflicts(int n) {
        UUID device = UUID.randomUUID();
        CaseApi.officer().body(Map.of("name", "执法终端 09", "platform", "HarmonyOS 4", "appVersion", "1.0.0")).put("/api/v1/sync/devices/" + device)
                .then().statusCode(201);
        UUID caseId = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        List<Map<String, Object>> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> edit = new HashMap<>(CaseApi.vending(CaseApi.newParty()));
            edit.put("summary", "离线时补充：摊主称系临时帮人看摊");
            ops.add(new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "kind", "CASE_UPDATE", "targetId", caseId.toString(), "baseVersion",
                    5L, "body", edit)));
        }
        return CaseApi.officer().body(Map.of("deviceId", device.toString(), "operations", ops)).post("/api/v1/sync/push").then()
                .statusCode(200).extract().path("results.conflictId");
    }

    private static String all(ConsoleBrowser browser, String first) throws Exception {
        return String.join("\n", browser.pages(first));
    }

    @Test
    void bothVersionsAreShownAndTheConflictClosesOnlyWithTheReasonWritten() throws Exception {
        bureaus.ensureSampleBaselines();
        String id = conflict();
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/conflicts\""), "the home card opens the page");
        String page = all(supervisor, "/console/conflicts");
        assertTrue(page.contains("修改案件") && page.contains("离线时补充：摊主称系临时帮人看摊") && page.contains("服务器上的记录"), page);
        // what the phone sent carries the party in full; the page shows it as the case page does before a reason is given
        assertTrue(page.contains("张**") && !page.contains("张三丰"), "the party's name kept to the surname");
        assertTrue(!Pattern.compile("\\d{17}[\\dX]").matcher(page).find(), "no resident ID number in full");
        HttpResponse<String> blank = supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", " "));
        assertEquals(400, blank.statusCode());
        assertEquals(204, supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "已按现场笔录重新编辑案件")).statusCode());
        assertEquals(409, supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "再次")).statusCode(), "once only");
        assertTrue(!all(supervisor, "/console/conflicts").contains("id=\"conflict-" + id), "no longer open");
        assertTrue(supervisor.get("/console/conflicts?status=resolved").body().contains("已按现场笔录重新编辑案件"), "listed as settled, with how, newest first");
    }

    @Test
    void anotherJurisdictionNeitherSeesNorClosesItAndAnAuditorOnlyReads() throws Exception {
        bureaus.ensureSampleBaselines();
        String id = conflict();
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertTrue(!all(encheng, "/console/conflicts").contains("摊主称系临时帮人看摊"));
        assertEquals(404, encheng.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "x")).statusCode());
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        String page = all(auditor, "/console/conflicts");
        assertTrue(page.contains("id=\"conflict-" + id) && !page.contains("已处理</button>"), "the auditor reads, is offered nothing");
        assertEquals(403, auditor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "x")).statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get("/console/conflicts")
                .statusCode());
    }

    @Test
    void openConflictsAreReadTwentyAPageWithNoneMissedOrRepeatedAndNarrowToATown() throws Exception {
        bureaus.ensureSampleBaselines();
        List<String> made = conflicts(21);
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        List<String> bodies = supervisor.pages("/console/conflicts?status=open&town=" + AgencyFixture.BAISHA);
        assertTrue(bodies.size() >= 2, "21 open conflicts take more than one page of 20");
        List<String> seen = new ArrayList<>();
        for (String body : bodies) {
            Matcher m = SECTION.matcher(body);
            while (m.find()) {
                seen.add(m.group(1));
            }
        }
        assertEquals(seen.size(), seen.stream().distinct().count(), "no conflict on two pages");
        assertTrue(seen.containsAll(made), "every one of the 21 on some page");
        assertTrue(!all(supervisor, "/console/conflicts?town=" + AgencyFixture.HUANSHI).contains("id=\"conflict-" + made.get(0)), "not under 环市");
        assertEquals(403, supervisor.get("/console/conflicts?town=" + AgencyFixture.ENCHENG).statusCode(), "恩城 is not 蓬江's");
        assertEquals(400, supervisor.get("/console/conflicts?town=999999999").statusCode(), "no such place");
        assertEquals(400, supervisor.get("/console/conflicts?status=maybe").statusCode());
        assertEquals(400, supervisor.get("/console/conflicts?cursor=garbage").statusCode());
    }
}
