package org.fieldlaw.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The bureau administrator's overview: every officer of the jurisdiction with the certificates an
 * officer needs to take part in a case (APL Art 42), the towns' devolved matters, and the calendar.
 */
@QuarkusTest
class AdminPageTest {

    @OidcWireMock
    WireMockServer provider;

    @jakarta.inject.Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aCertificateThatLapsesWithinSixtyDaysIsFlaggedAndTheCalendarYearsAreShown() throws Exception {
        // 林测试 of 白沙 gets a certificate that ends in 30 days, and holds no other
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        UUID lin = AgencyFixture.id("officer-" + AgencyFixture.BAISHA_OFFICER_2);
        given().auth().oauth2(Tokens.of(AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType("application/json")
                .body(Map.of("number", "T-ADMIN-" + today, "issuingAuthority", "江门市人民政府", "fields", List.of("city-management"),
                        "areaCode", AgencyFixture.BAISHA, "validFrom", today.minusYears(2).toString(), "validTo", today.plusDays(30).toString()))
                .post("/api/v1/agency/officers/" + lin + "/certificates").then().statusCode(201);
        ConsoleBrowser admin = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN);
        String page = admin.get("/console/admin").body();
        Matcher lapsing = Pattern.compile("<tr class=\"deviation\"><td>林测试.*?60 日内到期", Pattern.DOTALL).matcher(page);
        assertTrue(lapsing.find(), "the officer whose only certificate ends within 60 days is flagged: " + page);
        assertTrue(!Pattern.compile("<tr class=\"deviation\"><td>甲执法").matcher(page).find(), "a valid certificate is not flagged");
        assertTrue(page.contains("丙无证") && page.contains("无执法证"), "an officer without one is listed as such");
        assertTrue(page.contains("甲执法") && page.contains("T-44070301101（2028-12-31，有效）"), "a valid certificate with its end");
        assertTrue(page.contains("href=\"/console/admin?town=" + AgencyFixture.BAISHA + "#matters\">白沙街道</a>"), "each town's devolved matters counted");
        String baisha = admin.get("/console/admin?town=" + AgencyFixture.BAISHA).body();
        assertTrue(baisha.contains("440700-CG-001") && baisha.contains("2024-01-01"), "白沙's devolved matters with their dates");
        String lapsingOnly = admin.get("/console/admin?lapsing=1").body();
        assertTrue(lapsingOnly.contains("林测试") && !lapsingOnly.contains("甲执法") && !lapsingOnly.contains("丙无证"),
                "only those needing a certificate: not a valid holder, not one who holds none");
        assertTrue(page.contains("工作日历") && page.contains("节假日"), "the calendar years");
        assertTrue(!page.contains("吴测试") && !page.contains("T-44078501001"), "恩城's officers are not 蓬江's to administer");
    }

    @Test
    void theOfficersNarrowToATownOfTheJurisdictionOnly() throws Exception {
        ConsoleBrowser admin = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN);
        // the officers' table of each page (the bureau keys further down name the county bureau too)
        String baisha = admin.pages("/console/admin?town=" + AgencyFixture.BAISHA).stream().map(p -> p.substring(p.indexOf("id=\"officers\""),
                p.indexOf("id=\"matters\""))).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(baisha.contains("陈测试") && !baisha.contains("测试蓬江区城市管理和综合执法局</td>"), "白沙's officers, not the county bureau's");
        assertEquals(403, admin.get("/console/admin?town=" + AgencyFixture.ENCHENG).statusCode(), "恩城 is not 蓬江's");
        assertEquals(400, admin.get("/console/admin?town=999999999").statusCode(), "no such place");
        assertEquals(400, admin.get("/console/admin?cursor=garbage").statusCode());
    }

    @Test
    void administrationIsTheBureauAdministrators() throws Exception {
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get("/console/admin")
                .statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/admin").statusCode());
        assertTrue(ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).home.contains("href=\"/console/admin\""),
                "the administrator's nav leads there");
    }

    /** 蓬江's refinement, version 9 from 2099 (no case of today is judged by it), with one row's percentage changed. */
    static void publishVersionNine(Bureaus bureaus) {
        bureaus.ensureSampleBaselines();
        String refinement = Bureaus.resource("demo/pengjiang-refinement.json").replace("\"version\": 1", "\"version\": 9")
                .replace("\"effectiveFrom\": \"2025-07-01\"", "\"effectiveFrom\": \"2099-01-01\"").replace("\"min\": 0.08,", "\"min\": 0.09,");
        int status = bureaus.publish(AgencyFixture.PENGJIANG_BUREAU, bureaus.sign(AgencyFixture.PENGJIANG_BUREAU, refinement)).statusCode();
        assertTrue(status < 300, "version 9 published: " + status);
    }

    @Test
    void theAdministratorComparesTwoVersionsOfTheCountysBaselineRowByRowAndSeesTheBureauKeys() throws Exception {
        publishVersionNine(bureaus);
        ConsoleBrowser admin = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN);
        String page = admin.get("/console/admin").body();
        assertTrue(page.contains("裁量基准版本") && page.contains("2099-01-01"), "the versions are listed");
        assertTrue(page.contains(bureaus.of(AgencyFixture.PENGJIANG_BUREAU).kid()) && page.contains("使用中"), "the county bureau's key, in use");
        String compare = "/console/admin/baselines/" + AgencyFixture.PENGJIANG + "?from=1&to=9";
        assertTrue(page.contains(compare.replace("&", "&amp;")), "version 9 links to its comparison with version 1");
        HttpResponse<String> diff = admin.get(compare);
        assertEquals(200, diff.statusCode(), diff.body());
        assertTrue(diff.body().contains("PJ-064-05") && diff.body().contains("修改"), "the changed row");
        assertTrue(diff.body().contains("8%") && diff.body().contains("9%"), "its old and new range side by side");
        assertEquals(1, Pattern.compile("<span class=\"badge\">").matcher(diff.body()).results().count(), "only that row changed");

        // bad comparisons: reasons, not errors
        assertEquals(400, admin.get("/console/admin/baselines/" + AgencyFixture.PENGJIANG + "?from=9&to=1").statusCode());
        assertEquals(400, admin.get("/console/admin/baselines/" + AgencyFixture.PENGJIANG + "?from=x&to=9").statusCode());
        assertEquals(404, admin.get("/console/admin/baselines/" + AgencyFixture.PENGJIANG + "?from=1&to=8").statusCode());
        assertEquals(404, admin.get("/console/admin/baselines/" + AgencyFixture.ENCHENG + "?from=1&to=2").statusCode(), "another county's");
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get(compare).statusCode());
        given().redirects().follow(false).get(compare).then().statusCode(302);
    }
}
