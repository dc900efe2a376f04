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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case-file inspection (案卷评查): a county supervisor draws a sample of a town's closed cases that the
 * recorded seed reproduces, scores each file against the checklist, and the town reads the result.
 */
@QuarkusTest
class InspectionPageTest {

    private static final Pattern FILE = Pattern.compile("<h3>\\d+\\. <a href=\"/console/cases/([0-9a-f-]+)\">([^<]+)</a>");

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    /** Dates of legal meaning are days in the legal zone, as the service counts them. */
    private final String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

    @BeforeEach
    void threeClosedCases() {
        bureaus.ensureSampleBaselines();
        for (int n = 0; n < 3; n++) {
            CaseApi.closedWithoutPenalty();
        }
    }

    private ConsoleBrowser county() throws Exception {
        return ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
    }

    private String draw(ConsoleBrowser browser, Map<String, String> form, int status) throws Exception {
        HttpResponse<String> answer = browser.post("/console/inspections", form);
        assertEquals(status, answer.statusCode(), answer.body());
        return answer.headers().firstValue("HX-Redirect").orElse(null);
    }

    private static List<String> sampled(String page) {
        Matcher m = FILE.matcher(page);
        List<String> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(2));
        }
        return numbers;
    }

    private Map<String, String> drawForm(String seed) {
        return Map.of("town", AgencyFixture.BAISHA, "from", today, "to", today, "size", "2", "seed", seed);
    }

    @Test
    void theRecordedSeedDrawsTheSameSampleAgain() throws Exception {
        ConsoleBrowser county = county();
        county.get("/console/inspections");
        String first = draw(county, drawForm("20261130"), 204);
        String second = draw(county, drawForm("20261130"), 204);
        String page = county.get(first).body();
        assertTrue(page.contains("<code>20261130</code>") && page.contains("SHA-256"), "the seed and how to draw again");
        assertEquals(2, sampled(page).size());
        assertEquals(sampled(page), sampled(county.get(second).body()), "the same seed, the same sample");
    }

    @Test
    void eachFileIsScoredAgainstEveryItemWithFindingsAndTheTownReadsTheResult() throws Exception {
        ConsoleBrowser county = county();
        county.get("/console/inspections");
        String href = draw(county, drawForm(""), 204);
        String page = county.get(href).body();
        Matcher file = FILE.matcher(page);
        assertTrue(file.find(), page);
        String scoreAt = href + "/cases/" + file.group(1);
        Map<String, String> partial = Map.of("points.legal-basis", "20", "points.procedure", "30", "findings", "");
        HttpResponse<String> refused = county.post(scoreAt, partial);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("执法程序") && refused.body().contains("证据") && refused.body().contains("评查意见"),
                "every problem at once: procedure above 25, evidence missing, no findings");
        Map<String, String> full = new HashMap<>(Map.of("points.legal-basis", "20", "points.procedure", "22.5", "points.evidence", "18",
                "points.discretion", "15", "points.documents", "8", "points.deadlines", "10"));
        full.put("findings", "送达回证缺当事人签名；其余规范。");
        assertEquals(204, county.post(scoreAt, full).statusCode());
        assertTrue(county.get(href).body().contains("93.5 分"), "the total");
        assertTrue(county.get("/console/inspections").body().contains("93.5 / 100"), "the town's score over time");
        // the town's own supervisor reads the result and neither draws nor scores
        ConsoleBrowser town = ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.SUPERVISOR);
        String theirs = town.get(href).body();
        assertTrue(theirs.contains("送达回证缺当事人签名") && !theirs.contains("<form"), "read-only for the town");
        draw(town, drawForm("1"), 403);
        assertEquals(403, town.post(scoreAt, full).statusCode());
    }

    @Test
    void anotherJurisdictionSeesNoInspectionAndOfficersNone() throws Exception {
        ConsoleBrowser county = county();
        county.get("/console/inspections");
        String href = draw(county, drawForm("7"), 204);
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertEquals(404, encheng.get(href).statusCode());
        assertTrue(!encheng.get("/console/inspections").body().contains(href));
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/inspections").statusCode());
        assertEquals(200, ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get(href).statusCode());
    }

    @Test
    void theListNarrowsToATownOfTheJurisdictionOnlyAndPagesOn() throws Exception {
        ConsoleBrowser county = county();
        county.get("/console/inspections");
        String href = draw(county, drawForm("11"), 204);
        assertTrue(county.get("/console/inspections?town=" + AgencyFixture.BAISHA).body().contains(href), "白沙's draw under 白沙");
        assertTrue(!county.get("/console/inspections?town=" + AgencyFixture.HUANSHI).body().contains(href), "not under 环市");
        assertEquals(403, county.get("/console/inspections?town=" + AgencyFixture.ENCHENG).statusCode(), "恩城 is not 蓬江's");
        assertEquals(400, county.get("/console/inspections?town=999999999").statusCode(), "no such place");
        assertEquals(400, county.get("/console/inspections?cursor=garbage").statusCode());
    }

    @Test
    void aBadDrawIsRefusedWithItsReason() throws Exception {
        ConsoleBrowser county = county();
        county.get("/console/inspections");
        draw(county, Map.of("town", AgencyFixture.BAISHA, "from", today, "to", today, "size", "0"), 400);
        draw(county, Map.of("town", AgencyFixture.BAISHA, "from", today, "to", "2020-01-01"), 400);
        draw(county, Map.of("town", AgencyFixture.PENGJIANG, "from", today, "to", today), 400);
        draw(county, Map.of("town", AgencyFixture.BAISHA, "from", today, "to", today, "seed", "abc"), 400);
        draw(county, Map.of("town", AgencyFixture.BAISHA, "from", "2020-01-01", "to", "2020-01-31"), 409);
        draw(county, Map.of("town", AgencyFixture.ENCHENG, "from", today, "to", today), 403);
    }
}
