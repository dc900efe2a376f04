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
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * The console signs people in with the authorization-code flow at the same provider as the API (its own
 * tenant, its own cookie under /console), shows each person the queues of their jurisdiction and role,
 * and sends every page with a strict Content-Security-Policy.
 */
@QuarkusTest
class ConsoleSignInTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/console")
    URI console;

    @Test
    void withoutASessionTheConsoleSendsTheBrowserToTheProviderWithPkce() {
        String location = given().redirects().follow(false).get("/console").then().statusCode(302).extract().header("Location");
        assertTrue(location.contains("/realms/quarkus") && location.contains("code_challenge="), location);
        assertTrue(location.contains("client_id=quarkus-web-app"), location);
    }

    @Test
    void aSupervisorSignsInAndSeesTheQueuesOfTheirJurisdiction() throws Exception {
        // a fine outside the range, with reasons, waiting for the supervisor's approval
        bureaus.ensureSampleBaselines();
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        String number = CaseApi.step(id, "FILED").statusCode(200).extract().path("caseNumber");
        CaseApi.step(id, "INVESTIGATING").statusCode(200);
        CaseApi.step(CaseApi.officer(), id, Map.of("to", "PROPOSED", "proposedFine", 180, "deviationReasons", "多次劝导不听")).statusCode(200);
        String html = signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        // the count and the list are the same query: the case is in the list the card opens
        HttpResponse<String> approvals = browser.get("/console/cases?queue=approvals");
        assertTrue(approvals.body().contains(number) && approvals.body().contains("偏离</span>"), approvals.body());
        Matcher deviations = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span class=\"title\">待批准的偏离裁量基准").matcher(html);
        assertTrue(deviations.find(), html);
        assertTrue(Integer.parseInt(deviations.group(1)) >= 1, "the case just proposed is counted");
        assertTrue(html.contains("我的待办"), html);
        assertTrue(html.contains("黄测试"), "the signed-in officer's name");
        assertTrue(html.contains("待批准的偏离裁量基准") && html.contains("违建告警") && html.contains("待公示的处罚决定"), html);
    }

    @Test
    void aLegalReviewerSeesReviewsAsTheirWorkAndNoAlarmsTheApiWouldNotShowThem() throws Exception {
        String html = signIn(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER);
        int mine = html.indexOf("待法制审核");
        int watch = html.indexOf("辖区动态");
        assertTrue(mine > 0 && mine < watch, "reviews come first for a reviewer");
        assertTrue(!html.contains("违建告警"), "alarms are read by supervisors and auditors only");
    }

    @Test
    void theConsoleIsNoPartOfTheApiDescription() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("/console"))));
    }

    @Test
    void everyConsolePageCarriesAStrictContentSecurityPolicy() {
        given().redirects().follow(false).get("/console").then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void aQueueOpensTheCasesItCountsAndAnUnknownQueueIsABadRequest() throws Exception {
        bureaus.ensureSampleBaselines();
        // filed on 2026-06-02: the 90 days to decide ended on 08-31
        UUID id = CaseApi.create(CaseApi.with(CaseApi.vending(CaseApi.newParty()), "actDate", "2026-06-01"));
        String number = CaseApi.step(CaseApi.officer(), id, Map.of("to", "FILED", "on", "2026-06-02")).statusCode(200)
                .extract().path("caseNumber");
        String home = signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(home.contains("href=\"/console/cases?queue=overdue\""), home);
        HttpResponse<String> overdue = browser.get("/console/cases?queue=overdue");
        assertEquals(200, overdue.statusCode());
        assertTrue(overdue.body().contains(number) && overdue.body().contains("2026-08-31 作出决定（已逾期）"), overdue.body());
        HttpResponse<String> soon = browser.get("/console/cases?queue=soon");
        assertEquals(200, soon.statusCode());
        assertTrue(soon.body().contains("三个工作日内到期") && !soon.body().contains(number), soon.body());
        HttpResponse<String> unknown = browser.get("/console/cases?queue=everything");
        assertEquals(400, unknown.statusCode(), unknown.body());
    }

    private ConsoleBrowser browser;

    private String signIn(String username, String role) throws Exception {
        browser = ConsoleBrowser.signIn(provider, console, username, role);
        return browser.home;
    }
}
