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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/** A sync conflict reaches the supervisor with both versions side by side and is closed only with the reason written. */
@QuarkusTest
class ConflictPageTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    /** An edit made offline against a version the case no longer has. */
    private static String conflict() {
        UUID device = UUID.randomUUID();
        CaseApi.officer().body(Map.of("name", "执法终端 09", "platform", "HarmonyOS 4", "appVersion", "1.0.0")).put("/api/v1/sync/devices/" + device)
                .then().statusCode(201);
        UUID caseId = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        Map<String, Object> edit = new HashMap<>(CaseApi.vending(CaseApi.newParty()));
        edit.put("summary", "离线时补充：摊主称系临时帮人看摊");
        Map<String, Object> op = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "kind", "CASE_UPDATE", "targetId", caseId.toString(),
                "baseVersion", 5L, "body", edit));
        return CaseApi.officer().body(Map.of("deviceId", device.toString(), "operations", List.of(op))).post("/api/v1/sync/push").then()
                .statusCode(200).extract().path("results[0].conflictId");
    }

    @Test
    void bothVersionsAreShownAndTheConflictClosesOnlyWithTheReasonWritten() throws Exception {
        bureaus.ensureSampleBaselines();
        String id = conflict();
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/conflicts\""), "the home card opens the page");
        String page = supervisor.get("/console/conflicts").body();
        assertTrue(page.contains("修改案件") && page.contains("离线时补充：摊主称系临时帮人看摊") && page.contains("服务器上的记录"), page);
        HttpResponse<String> blank = supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", " "));
        assertEquals(400, blank.statusCode());
        assertEquals(204, supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "已按现场笔录重新编辑案件")).statusCode());
        assertEquals(409, supervisor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "再次")).statusCode(), "once only");
        assertTrue(supervisor.get("/console/conflicts").body().contains("已按现场笔录重新编辑案件"), "listed as settled, with how");
    }

    @Test
    void anotherJurisdictionNeitherSeesNorClosesItAndAnAuditorOnlyReads() throws Exception {
        bureaus.ensureSampleBaselines();
        String id = conflict();
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertTrue(!encheng.get("/console/conflicts").body().contains("摊主称系临时帮人看摊"));
        assertEquals(404, encheng.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "x")).statusCode());
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        String page = auditor.get("/console/conflicts").body();
        assertTrue(page.contains("摊主称系临时帮人看摊") && !page.contains("已处理</button>"), "the auditor reads, is offered nothing");
        assertEquals(403, auditor.post("/console/conflicts/" + id + "/resolution", Map.of("resolution", "x")).statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get("/console/conflicts")
                .statusCode());
    }
}
