package org.fieldlaw.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * The publication queue (APL Art 48): a decided penalty waits with the redacted text it will go out
 * with; a supervisor publishes it from the console; citizens read it on the public page without signing in.
 */
@QuarkusTest
class PublicationPageTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    private static UUID decided(String party) {
        return CaseApi.decided(party, 130);
    }

    @Test
    void aDecisionWaitsWithItsRedactedTextAndOncePublishedCitizensReadItWithoutSigningIn() throws Exception {
        bureaus.ensureSampleBaselines();
        String party = CaseApi.newParty();
        UUID id = decided(party);
        String number = CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(supervisor.home.contains("href=\"/console/publications\""), "the home card opens the queue");
        List<String> pages = supervisor.pages("/console/publications");
        String queue = pages.stream().filter(p -> p.contains(number)).findFirst().orElseThrow(() -> new AssertionError("pending, with its number"));
        int at = queue.indexOf(number);
        assertTrue(at > 0 && (queue.indexOf("已公示与已撤回") < 0 || queue.indexOf("已公示与已撤回") > at), "in the queue, not among the done");
        assertTrue(queue.contains("张**") && !queue.contains("张三丰") && !queue.contains(party), "the party redacted, no identifier");
        assertTrue(queue.contains("罚款 130 元") && queue.contains("占用城市道路"), "the penalty and the violation by name");
        HttpResponse<String> published = supervisor.post("/console/publications/" + id + "/publish", Map.of());
        assertEquals(204, published.statusCode(), published.body());
        assertEquals(409, supervisor.post("/console/publications/" + id + "/publish", Map.of()).statusCode(), "published once");
        String after = supervisor.get("/console/publications").body();
        int done = after.indexOf("已公示与已撤回");
        assertTrue(done > 0 && after.indexOf(number) > done, "now among the latest published");
        String everyPage = String.join("\n", supervisor.pages("/console/publications"));
        assertEquals(everyPage.indexOf(number), everyPage.lastIndexOf(number), "and no longer in the queue");
        given().redirects().follow(false).get("/public/decisions").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString(number)).body(containsString("张**")).body(org.hamcrest.Matchers.not(containsString(party)));
    }

    @Test
    void onlyASupervisorOfTheJurisdictionPublishes() throws Exception {
        bureaus.ensureSampleBaselines();
        UUID id = decided(CaseApi.newParty());
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        String page = String.join("\n", auditor.pages("/console/publications"));
        assertTrue(page.contains(id.toString()) && !page.contains("按此内容公示"), "the auditor reads the queue and is offered nothing");
        assertEquals(403, auditor.post("/console/publications/" + id + "/publish", Map.of()).statusCode());
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertTrue(!String.join("\n", encheng.pages("/console/publications")).contains(id.toString()), "白沙's decisions are not in 恩城's queue");
        assertEquals(404, encheng.post("/console/publications/" + id + "/publish", Map.of()).statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/publications")
                .statusCode());
        assertEquals("PENDING", CaseApi.supervisor().get("/api/v1/publications").then().extract()
                .path("items.find { it.caseId == '" + id + "' }.status"));
    }

    @Test
    void theQueueNarrowsToATownOfTheJurisdictionOnly() throws Exception {
        bureaus.ensureSampleBaselines();
        UUID id = decided(CaseApi.newParty());
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(String.join("\n", supervisor.pages("/console/publications?town=" + AgencyFixture.BAISHA)).contains(id.toString()), "白沙's");
        assertTrue(!String.join("\n", supervisor.pages("/console/publications?town=" + AgencyFixture.HUANSHI)).contains(id.toString()),
                "not under 环市");
        assertEquals(403, supervisor.get("/console/publications?town=" + AgencyFixture.ENCHENG).statusCode(), "恩城 is not 蓬江's");
        assertEquals(400, supervisor.get("/console/publications?town=999999999").statusCode(), "no such place");
        assertEquals(400, supervisor.get("/console/publications?cursor=garbage").statusCode());
    }

    @Test
    void aBadCursorOnThePublicPageIsABadRequestPage() {
        given().get("/public/decisions?cursor=nonsense").then().statusCode(400).body(containsString("行政处罚决定公示"));
    }
}
