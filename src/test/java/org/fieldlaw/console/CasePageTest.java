package org.fieldlaw.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case page: what the API shows of a case, and the supervisor's and legal reviewer's actions sent
 * through the same services, with the API's roles, scope and gates, and a CSRF token on every change.
 */
@QuarkusTest
class CasePageTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    private UUID id;
    private String number;
    private String party;

    /** A vending case proposed at 180 yuan, outside the assessed range, with the officer's reasons. */
    @BeforeEach
    void proposedOutsideTheRange() {
        bureaus.ensureSampleBaselines();
        party = CaseApi.newParty();
        id = CaseApi.create(CaseApi.vending(party));
        number = CaseApi.step(id, "FILED").statusCode(200).extract().path("caseNumber");
        CaseApi.step(id, "INVESTIGATING").statusCode(200);
        CaseApi.step(CaseApi.officer(), id, Map.of("to", "PROPOSED", "proposedFine", 180, "deviationReasons", "多次劝导不听")).statusCode(200);
    }

    private ConsoleBrowser supervisor() throws Exception {
        return ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
    }

    private String version() {
        return CaseApi.version(id).replace("\"", "");
    }

    @Test
    void theCasePageShowsTheProposalBesideTheBaselineWithTheDeviationAndTheExplanation() throws Exception {
        HttpResponse<String> page = supervisor().get("/console/cases/" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains(number) && html.contains("拟处罚"), "number and state");
        assertTrue(html.contains("180 元") && html.contains("偏离基准") && html.contains("多次劝导不听") && html.contains("待负责人批准"), html);
        assertTrue(html.contains("裁量计算过程"), "the engine's steps are shown");
        assertTrue(html.contains("张*") && !html.contains(party), "the party is masked until a reason is given");
        assertTrue(html.contains("调查人员") && html.contains("执法证"), "officers with their certificates");
        assertTrue(html.contains("进入“拟处罚”") && html.contains("登记案件"), "the record's steps in Chinese");
        assertTrue(html.contains("批准偏离裁量基准") && html.contains("退回补充调查"), "the supervisor's actions now");
    }

    @Test
    void everyChangeNeedsThePagesCsrfTokenAndWithoutItNothingIsWritten() throws Exception {
        ConsoleBrowser browser = supervisor();
        browser.get("/console/cases/" + id);
        String before = version();
        Map<String, String> approval = Map.of("version", before, "kind", "DEVIATION_APPROVAL", "text", "同意");
        assertEquals(403, browser.post("/console/cases/" + id + "/events", approval, null).statusCode(), "no token");
        assertEquals(403, browser.post("/console/cases/" + id + "/events", approval, "A".repeat(43)).statusCode(), "another token");
        assertEquals(before, version(), "nothing was written");
        HttpResponse<String> accepted = browser.post("/console/cases/" + id + "/events", approval);
        assertEquals(204, accepted.statusCode(), accepted.body());
        assertEquals("true", accepted.headers().firstValue("HX-Refresh").orElse(null), "htmx reloads the page to show the new state");
        assertNotNull(CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("proposal.deviationApprovedBy"));
        assertTrue(browser.get("/console/cases/" + id).body().contains("已经负责人批准"));
    }

    @Test
    void aStepTheGatesRefuseShowsEveryReasonAtOnceAndChangesNothing() throws Exception {
        CaseApi.event(CaseApi.supervisor(), id, Map.of("kind", "DEVIATION_APPROVAL", "text", "同意")).statusCode(200);
        CaseApi.step(id, "NOTIFIED").statusCode(200);
        ConsoleBrowser browser = supervisor();
        browser.get("/console/cases/" + id);
        String before = version();
        // heavier than the notice, while the party's window to state and defend is still open
        HttpResponse<String> refused = browser.post("/console/cases/" + id + "/steps", Map.of("version", before, "to", "DECIDED", "fine", "500"));
        assertEquals(409, refused.statusCode(), refused.body());
        String html = refused.body();
        assertTrue(html.contains("行政处罚程序不允许此步骤"), html);
        // both reasons, in one answer (APL Arts 45 and 62)
        assertTrue(html.split("<li>").length - 1 >= 2, html);
        assertEquals(before, version(), "nothing was written");
    }

    @Test
    void aStaleFormIsRefusedWithTheApisPreconditionAndABadFormIsABadRequest() throws Exception {
        ConsoleBrowser browser = supervisor();
        browser.get("/console/cases/" + id);
        HttpResponse<String> stale = browser.post("/console/cases/" + id + "/events", Map.of("version", "1", "kind", "DEVIATION_APPROVAL"));
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("数据已被他人修改"), stale.body());
        assertEquals(400, browser.post("/console/cases/" + id + "/steps", Map.of("version", version(), "to", "PAID")).statusCode(),
                "a step the console does not take");
        HttpResponse<String> unreasoned = browser.post("/console/cases/" + id + "/steps", Map.of("version", version(), "to", "INVESTIGATING"));
        assertEquals(409, unreasoned.statusCode(), "the API's gate: returning a case needs its reasons");
        assertTrue(unreasoned.body().contains("退回须写明理由"), unreasoned.body());
        assertEquals(400, browser.post("/console/cases/" + id + "/steps", Map.of("to", "LEGAL_REVIEW")).statusCode(), "no version");
        HttpResponse<String> returned = browser.post("/console/cases/" + id + "/steps",
                Map.of("version", version(), "to", "INVESTIGATING", "note", "证据不足，补充现场照片"));
        assertEquals(204, returned.statusCode(), returned.body());
        assertEquals("INVESTIGATING", CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("state"));
    }

    @Test
    void revealingThePartyAsksForAReasonAndTheReasonGoesOnTheRecord() throws Exception {
        ConsoleBrowser browser = supervisor();
        browser.get("/console/cases/" + id);
        HttpResponse<String> noReason = browser.post("/console/cases/" + id + "/party", Map.of("reason", " "));
        assertEquals(400, noReason.statusCode());
        HttpResponse<String> shown = browser.post("/console/cases/" + id + "/party", Map.of("reason", "核对当事人身份以送达告知书"));
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains(party), "the full identifier");
        assertEquals("#party", shown.headers().firstValue("HX-Retarget").orElse(null));
        List<Map<String, Object>> entries = CaseApi.supervisor().get(CaseApi.CASES + id + "/record").then().statusCode(200).extract().path("entries");
        Map<String, Object> last = entries.get(entries.size() - 1);
        assertEquals("PERSONAL_DATA_VIEWED", last.get("action"));
        assertEquals("核对当事人身份以送达告知书", ((Map<?, ?>) last.get("detail")).get("reason"));
        assertEquals(1, entries.stream().filter(e -> "PERSONAL_DATA_VIEWED".equals(e.get("action"))).count(), "the refused look left no line");
    }

    @Test
    void theRecordIsVerifiedOnThePage() throws Exception {
        HttpResponse<String> v = supervisor().get("/console/cases/" + id + "/verification");
        assertEquals(200, v.statusCode());
        assertTrue(v.body().contains("记录完整"), v.body());
    }

    @Test
    void aLegalReviewerMayRecordAnOpinionButTakeNoStepAndAnAuditorMayOnlyRead() throws Exception {
        ConsoleBrowser reviewer = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER);
        assertEquals(200, reviewer.get("/console/cases/" + id).statusCode());
        assertEquals(403, reviewer.post("/console/cases/" + id + "/steps", Map.of("version", version(), "to", "LEGAL_REVIEW")).statusCode());
        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        String page = auditor.get("/console/cases/" + id).body();
        assertTrue(page.contains(number) && !page.contains("可办理的事项"), "the auditor reads and is offered nothing");
        assertEquals(403, auditor.post("/console/cases/" + id + "/events", Map.of("version", version(), "kind", "DEVIATION_APPROVAL")).statusCode());
        ConsoleBrowser admin = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN);
        assertEquals(403, admin.get("/console/cases/" + id).statusCode(), "a bureau administrator reads no cases");
    }

    @Test
    void aCaseOfAnotherJurisdictionIsNotFound() throws Exception {
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        HttpResponse<String> page = encheng.get("/console/cases/" + id);
        assertEquals(404, page.statusCode());
        assertTrue(!page.body().contains(number));
        assertEquals(404, encheng.post("/console/cases/" + id + "/events",
                Map.of("version", version(), "kind", "DEVIATION_APPROVAL", "text", "同意")).statusCode());
        assertNull(CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("proposal.deviationApprovedBy"));
    }

    @Test
    void anHtmxCallWithoutASessionIsAnsweredWithAStatusHtmxActsOn() {
        given().redirects().follow(false).header("HX-Request", "true").header("HX-Current-URL", base.resolve("/console/cases/" + id).toString())
                .get("/console/cases/" + id + "/verification").then().statusCode(401)
                .header("HX-Redirect", "/console/cases/" + id).header("Location", (String) null);
        given().redirects().follow(false).header("HX-Request", "true").header("HX-Current-URL", "https://elsewhere.example/console")
                .get("/console/cases").then().statusCode(401).header("HX-Redirect", "/console");
        // a page load without htmx still goes to the provider to sign in
        given().redirects().follow(false).get("/console/cases/" + id).then().statusCode(302);
    }
}
