package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/**
 * The bureau administrator's overview: every officer of the jurisdiction with the certificates an
 * officer needs to take part in a case (APL Art 42), the towns' devolved matters, and the calendar.
 */
@QuarkusTest
class AdminPageTest {

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URI base;

    @Test
    void anOfficerWithoutACertificateIsFlaggedAndTheCalendarYearsAreShown() throws Exception {
        String page = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get("/console/admin").body();
        Matcher nocert = Pattern.compile("<tr class=\"deviation\"><td>丙无证").matcher(page);
        assertTrue(nocert.find() && page.contains("无执法证"), "the officer without a certificate is flagged");
        assertTrue(page.contains("甲执法") && page.contains("T-44070301101（2028-12-31，有效）"), "a valid certificate with its end");
        assertTrue(page.contains("440700-CG-001") && page.contains("2024-01-01"), "白沙's devolved matters with their dates");
        assertTrue(page.contains("工作日历") && page.contains("节假日"), "the calendar years");
        assertTrue(!page.contains("吴测试") && !page.contains("T-44078501001"), "恩城's officers are not 蓬江's to administer");
    }

    @Test
    void administrationIsTheBureauAdministrators() throws Exception {
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get("/console/admin")
                .statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/admin").statusCode());
        assertTrue(ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).home.contains("href=\"/console/admin\""),
                "the administrator's nav leads there");
    }
}
