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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case list: every case of the jurisdiction, narrowed to a town and a stage, never beyond the caller's jurisdiction. */
@QuarkusTest
class CaseListPageTest {

    private static final Pattern ROW = Pattern.compile(
            "<td><a href=\"/console/cases/([0-9a-f-]+)\">(?s:.*?)<td(?: class=\"late\")?>(\\d{4}-\\d{2}-\\d{2})?[^<]*</td>\\s*</tr>");

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

    /** The cases the pages list, in order, each with its deadline ("" when it has none). */
    private static List<String[]> rows(List<String> pages) {
        List<String[]> rows = new ArrayList<>();
        for (String page : pages) {
            Matcher m = ROW.matcher(page);
            while (m.find()) {
                rows.add(new String[] { m.group(1), m.group(2) == null ? "" : m.group(2) });
            }
        }
        return rows;
    }

    private static int position(List<String[]> rows, UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(id.toString())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theListSortsByLatestChangeLongestUntouchedOrNearestDeadlineAndKeepsTheOrderFromPageToPage() throws Exception {
        UUID touchedLater = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        UUID untouched = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        CaseApi.step(touchedLater, "FILED").statusCode(200);
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        String town = "/console/cases?town=" + AgencyFixture.BAISHA;
        List<String[]> recent = rows(supervisor.pages(town));
        assertTrue(position(recent, touchedLater) >= 0 && position(recent, touchedLater) < position(recent, untouched), "the latest change first");
        List<String> stalePages = supervisor.pages(town + "&sort=stale");
        List<String[]> stale = rows(stalePages);
        assertTrue(position(stale, untouched) >= 0 && position(stale, untouched) < position(stale, touchedLater), "the longest untouched first");
        assertEquals(recent.size(), stale.size(), "the same cases in either order");
        if (stalePages.size() > 1) {
            assertTrue(stalePages.get(0).contains("sort=stale&amp;cursor="), "the next page keeps the order");
        }
        List<String[]> due = rows(supervisor.pages(town + "&sort=due"));
        assertTrue(position(due, touchedLater) >= 0, "a filed case has its decision deadline (Art 60)");
        assertTrue(due.stream().noneMatch(r -> r[1].isEmpty()), "only cases with a deadline");
        for (int i = 1; i < due.size(); i++) {
            assertTrue(due.get(i - 1)[1].compareTo(due.get(i)[1]) <= 0, "the nearest deadline first: " + due.get(i - 1)[1] + " then " + due.get(i)[1]);
        }
        assertTrue(supervisor.get(town + "&sort=due").body().contains("value=\"due\" selected"), "the order shown as chosen");
        HttpResponse<String> bad = supervisor.get("/console/cases?sort=sideways");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("sideways"), bad.body());
    }
}
