package org.fieldlaw.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case list: every case of the jurisdiction, narrowed to a town and a stage, never beyond the caller's jurisdiction. */
@QuarkusTest
class CaseListPageTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void baselines() {
        bureaus.ensureSampleBaselines();
    }

    @Test
    void aSupervisorNarrowsTheCaseListToATownAndAStage() throws Exception {
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        CaseApi.step(id, "FILED").statusCode(200);
        String link = "href=\"/console/cases/" + id + "\"";
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/cases\""), "the bar opens the list");
        String all = supervisor.get("/console/cases").body();
        assertTrue(all.contains("全部案件") && all.contains(link), "every case of the jurisdiction");
        assertTrue(all.contains("<option value=\"" + AgencyFixture.BAISHA + "\">白沙街道</option>"), "the towns to narrow to");
        assertTrue(supervisor.get("/console/cases?town=" + AgencyFixture.BAISHA + "&state=FILED").body().contains(link), "its town and stage");
        String decided = supervisor.get("/console/cases?town=" + AgencyFixture.BAISHA + "&state=DECIDED").body();
        assertFalse(decided.contains(link), "another stage leaves it out");
        assertTrue(decided.contains("清除筛选") && decided.contains("value=\"DECIDED\" selected"), "the filters shown as chosen");
        // a queue narrowed the same way
        assertEquals(200, supervisor.get("/console/cases?queue=soon&town=" + AgencyFixture.BAISHA).statusCode());
    }

    @Test
    void aFilterOutsideTheJurisdictionOrMalformedIsRefusedWithItsReason() throws Exception {
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        HttpResponse<String> elsewhere = supervisor.get("/console/cases?town=" + AgencyFixture.ENCHENG);
        assertEquals(403, elsewhere.statusCode());
        assertTrue(elsewhere.body().contains("管辖范围"), elsewhere.body());
        assertEquals(400, supervisor.get("/console/cases?town=999999").statusCode());
        HttpResponse<String> stage = supervisor.get("/console/cases?state=FINISHED");
        assertEquals(400, stage.statusCode());
        assertTrue(stage.body().contains("无法识别") && stage.body().contains("FINISHED"), "the value is named: " + stage.body());
        assertEquals(400, supervisor.get("/console/cases?cursor=garbage").statusCode());
    }

    @Test
    void anotherJurisdictionsCasesAreNotListedAndTheListIsNotTheAdministrators() throws Exception {
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertFalse(encheng.get("/console/cases").body().contains(id.toString()));
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get("/console/cases").statusCode());
        given().redirects().follow(false).get("/console/cases").then().statusCode(302);
    }
}
