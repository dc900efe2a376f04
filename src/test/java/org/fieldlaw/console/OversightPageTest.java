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
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * Discretion oversight: decided fines against the baseline's range, per town and officer, and the
 * lighter outcomes, counted for the caller's jurisdiction and the period asked for.
 */
@QuarkusTest
class OversightPageTest {

    private static final Pattern BAISHA = Pattern.compile(
            "<tr><td>白沙街道</td>((?:<td class=\"num[^\"]*\">[^<]*</td>){8})</tr>");

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    /** A case decided at {@code fine} (approved when outside the range), or, with no fine, not penalised; its number. */
    private static String decided(Integer fine) {
        UUID id = fine == null ? CaseApi.noPenalty() : CaseApi.decided(CaseApi.newParty(), fine);
        return CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");
    }

    /** 白沙's row: decided, with a fine, deviations, rate, 首违不罚, 从轻, 减轻, no penalty. */
    private static List<String> baisha(String html) {
        Matcher m = BAISHA.matcher(html);
        if (!m.find()) {
            return List.of("0", "0", "0", "—", "0", "0", "0", "0");
        }
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile(">([^<]*)</td>").matcher(m.group(1));
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    private static long n(List<String> row, int i) {
        return Long.parseLong(row.get(i));
    }

    @Test
    void decidedFinesAreCountedAgainstTheRangePerTownWithTheDeviatingCasesToOpen() throws Exception {
        bureaus.ensureSampleBaselines();
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        List<String> before = baisha(supervisor.get("/console/oversight").body());
        decided(120);
        String outside = decided(180);
        decided(null);
        HttpResponse<String> page = supervisor.get("/console/oversight");
        assertEquals(200, page.statusCode());
        List<String> after = baisha(page.body());
        assertEquals(n(before, 0) + 3, n(after, 0), "decided, the no-penalty outcome among them");
        assertEquals(n(before, 1) + 2, n(after, 1), "decided with a fine");
        assertEquals(n(before, 2) + 1, n(after, 2), "one fine outside 100–140");
        assertEquals(n(before, 7) + 1, n(after, 7), "one no-penalty outcome");
        assertTrue(page.body().contains(outside) && page.body().contains("情节特殊"), "the deviating case is listed to open");
        assertTrue(page.body().contains("高于上限") && page.body().contains("<svg"), "the distribution chart");
        assertTrue(page.body().contains("占用城市道路"), "violations by their names");
    }

    @Test
    void anotherJurisdictionSeesNoneOfItAndThePeriodIsChecked() throws Exception {
        bureaus.ensureSampleBaselines();
        decided(130);
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        HttpResponse<String> page = encheng.get("/console/oversight");
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("白沙街道"), "白沙's cases are not 恩城's to oversee");
        assertEquals(400, encheng.get("/console/oversight?from=2026-06-01&to=2026-05-01").statusCode(), "a period that ends before it begins");
        assertEquals(400, encheng.get("/console/oversight?from=2024-01-01&to=2026-01-01").statusCode(), "longer than a year");
        assertEquals(400, encheng.get("/console/oversight?from=yesterday").statusCode());
    }

    @Test
    void oversightIsForSupervisorsReviewersAndAuditorsNotForOfficersOrAdministrators() throws Exception {
        assertEquals(200, ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get("/console/oversight").statusCode());
        assertEquals(200, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).get("/console/oversight")
                .statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/oversight").statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get("/console/oversight")
                .statusCode());
    }
}
