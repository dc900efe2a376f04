package org.fieldlaw.agency;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER_2;
import static org.fieldlaw.testing.AgencyFixture.CITY_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.CITY_AUDITOR;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG;
import static org.fieldlaw.testing.AgencyFixture.INACTIVE_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_REVIEWER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** GET /api/v1/agency/me: the caller maps to an officer record, whose jurisdiction scopes the rest. */
@QuarkusTest
class ProfileResourceTest {

    private static final String ME = "/api/v1/agency/me";

    @Test
    void anOfficerSeesProfileCertificatesJurisdictionPathAndTownMatters() {
        given().auth().oauth2(Tokens.of(BAISHA_OFFICER, Roles.OFFICER))
                .when().get(ME)
                .then().statusCode(200)
                .body("username", equalTo(BAISHA_OFFICER))
                .body("roles", contains("officer"))
                .body("body.kind", equalTo("TOWN_OFFICE"))
                .body("jurisdiction.code", equalTo(BAISHA))
                .body("jurisdiction.path.name", contains("广东省", "江门市", "蓬江区", "白沙街道"))
                .body("certificates", hasSize(1))
                .body("certificates[0].number", equalTo("T-44070301001"))
                .body("certificates[0].status", equalTo("VALID"))
                .body("certificates[0].issuingAuthority", org.hamcrest.Matchers.notNullValue())
                .body("certificates[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("suingAuthority")));
    }

    @Test
    void everyRoleWithAnOfficerRecordMayReadItsOwnProfile() {
        given().auth().oauth2(Tokens.of(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR)).get(ME).then().statusCode(200)
                .body("jurisdiction.level", equalTo("COUNTY")).body("devolvedMatters", hasSize(0));
        given().auth().oauth2(Tokens.of(PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER)).get(ME).then().statusCode(200)
                .body("legalQualification", equalTo(true));
        given().auth().oauth2(Tokens.of(CITY_ADMIN, Roles.BUREAU_ADMIN)).get(ME).then().statusCode(200)
                .body("jurisdiction.level", equalTo("CITY"));
        given().auth().oauth2(Tokens.of(CITY_AUDITOR, Roles.AUDITOR)).get(ME).then().statusCode(200);
    }

    @Test
    void noTokenIsRefusedWith401ProblemAndBearerChallenge() {
        given().when().get(ME)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenIsRefusedWith401() {
        String token = Tokens.of(BAISHA_OFFICER, Roles.OFFICER);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(forged).get(ME).then().statusCode(401).body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void aTokenWithoutAnyKnownRoleIsForbidden() {
        given().auth().oauth2(Tokens.of(BAISHA_OFFICER, "visitor")).get(ME)
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void aSignInWithoutAnOfficerRecordIsForbidden() {
        given().auth().oauth2(Tokens.of("stranger", Roles.OFFICER)).get(ME)
                .then().statusCode(403).body("type", equalTo("/problems/no-officer-record"));
    }

    @Test
    void theFirstSignInBindsTheSubjectAndAnotherIdentityWithTheSameUsernameIsRefused() {
        given().auth().oauth2(Tokens.withSubject(BAISHA_OFFICER_2, "idp-subject-1", Roles.OFFICER)).get(ME)
                .then().statusCode(200).body("username", equalTo(BAISHA_OFFICER_2));
        given().auth().oauth2(Tokens.withSubject(BAISHA_OFFICER_2, "idp-subject-1", Roles.OFFICER)).get(ME)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.withSubject(BAISHA_OFFICER_2, "someone-else", Roles.OFFICER)).get(ME)
                .then().statusCode(403).body("type", equalTo("/problems/no-officer-record"));
    }

    @Test
    void aDeactivatedOfficerIsForbidden() {
        given().auth().oauth2(Tokens.of(INACTIVE_OFFICER, Roles.OFFICER)).get(ME)
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void aJurisdictionClaimNamingAnotherTownIsRefused() {
        given().auth().oauth2(Tokens.withJurisdiction(BAISHA_OFFICER, ENCHENG, Roles.OFFICER)).get(ME)
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
    }

    @Test
    void aJurisdictionClaimAgreeingWithTheRecordIsAccepted() {
        given().auth().oauth2(Tokens.withJurisdiction(BAISHA_OFFICER, BAISHA, Roles.OFFICER)).get(ME)
                .then().statusCode(200).body("roles", hasItem("officer"));
    }
}
