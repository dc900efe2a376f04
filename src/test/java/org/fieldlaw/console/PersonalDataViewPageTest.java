package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.SiteReports;
import org.junit.jupiter.api.Test;

/**
 * The console's side of issue 16: a site's party is masked until a reason is given, and the auditor's page lists who
 * saw which party's data, when and why, searched by a posted ID number.
 */
@QuarkusTest
class PersonalDataViewPageTest {

    @OidcWireMock
    WireMockServer provider;

    @jakarta.inject.Inject
    org.fieldlaw.testing.Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    private static String siteOf(String party) {
        return CaseApi.officer().body(SiteReports.withParty("白沙街道某村 3 号（查看记录页测试）", "司徒建华", party))
                .post("/api/v1/sites/reports").then().statusCode(201).extract().path("site.id");
    }

    @Test
    void aSitesPartyIsShownInFullOnlyAfterAReasonAndTheAuditorSeesWhoLookedAndWhy() throws Exception {
        bureaus.ensureSampleBaselines();
        String party = CaseApi.newParty();
        String site = siteOf(party);
        ConsoleBrowser officer = ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        String page = officer.get("/console/sites/" + site).body();
        assertTrue(page.contains("司***") && !page.contains("司徒建华") && !page.contains(party), "masked until revealed");
        assertFalse(page.contains("value=\"司***\""), "the conversion form is not filled with the masked name");

        HttpResponse<String> refused = officer.post("/console/sites/" + site + "/party", Map.of("reason", " "));
        assertEquals(400, refused.statusCode());
        HttpResponse<String> shown = officer.post("/console/sites/" + site + "/party", Map.of("reason", "核对产权人身份"));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("司徒建华") && shown.body().contains(party), shown.body());

        assertEquals(403, officer.get("/console/personal-data-views").statusCode(), "only auditors read who saw what");
        assertFalse(officer.home.contains("href=\"/console/personal-data-views\""));

        ConsoleBrowser auditor = ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
        assertTrue(auditor.home.contains("href=\"/console/personal-data-views\""), "the auditor's menu opens the list");
        HttpResponse<String> list = auditor.get("/console/personal-data-views");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("个人信息查看记录") && list.body().contains("核对产权人身份"), "the latest reveals at once");
        String found = auditor.post("/console/personal-data-views", Map.of("party", party)).body();
        assertTrue(found.contains("核对产权人身份") && found.contains("违建点") && found.contains("href=\"/console/sites/" + site + "\"")
                && found.contains("白沙"), found);
        assertFalse(found.contains(party), "the ID number asked with is not echoed");
        String none = auditor.post("/console/personal-data-views", Map.of("party", CaseApi.newParty())).body();
        assertTrue(none.contains("没有符合条件的查看记录"), none);
        HttpResponse<String> bad = auditor.post("/console/personal-data-views", Map.of("party", "<script>"));
        assertEquals(400, bad.statusCode());
    }
}
