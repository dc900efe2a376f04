package org.fieldlaw.agency;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.CITY_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.HUANSHI;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Devolved matters per town (APL Art 24): granted with a start date, taken back, and looked up by date. */
@QuarkusTest
class DevolutionResourceTest {

    private static RequestSpecification as(String username, String role) {
        return given().auth().oauth2(Tokens.of(username, role)).contentType(ContentType.JSON);
    }

    private static String matters(String town) {
        return "/api/v1/agency/towns/" + town + "/devolved-matters";
    }

    private static Map<String, Object> grant(String code, String from) {
        return Map.of("matterCode", code, "matterName", "对占道经营的行政处罚", "field", "city-management",
                "effectiveFrom", from, "legalBasis", "粤府函〔2020〕136号");
    }

    private static String authority(UUID body, String matter, String date) {
        return "/api/v1/agency/bodies/" + body + "/authority?matter=" + matter + (date == null ? "" : "&date=" + date);
    }

    @Test
    void theTownMayActFromTheStartDateUntilTheMatterIsTakenBack() {
        String code = "T-CG-" + UUID.randomUUID().toString().substring(0, 6);
        String id = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-03-01")).post(matters(BAISHA))
                .then().statusCode(201).body("matterCode", equalTo(code)).extract().path("id");

        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, code, "2025-02-28")).then().statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("NOT_YET_IN_FORCE"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, code, "2025-03-01")).then().statusCode(200)
                .body("allowed", equalTo(true)).body("reason", equalTo("DEVOLVED")).body("basis.id", equalTo(id));

        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("revokedFrom", "2026-07-01", "basis", "评估后收回"))
                .put(matters(BAISHA) + "/" + id + "/revocation").then().statusCode(200).body("revokedFrom", equalTo("2026-07-01"));

        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, code, "2026-06-30")).then().body("allowed", equalTo(true));
        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, code, "2026-07-01")).then()
                .body("allowed", equalTo(false)).body("reason", equalTo("REVOKED")).body("reasonZh", equalTo("该事项已收回县级主管部门"));
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get(authority(PENGJIANG_BUREAU, code, "2026-07-01")).then()
                .body("allowed", equalTo(true)).body("reason", equalTo("ORIGINAL_HOLDER"));
    }

    @Test
    void aMatterNeverDevolvedIsRefusedToTheTownWithTheReason() {
        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, "NEVER-GIVEN", "2026-01-05")).then().statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("NOT_DEVOLVED"));
    }

    @Test
    void aSecondGrantOverlappingAnOpenOneIsAConflict() {
        String code = "T-DUP-" + UUID.randomUUID().toString().substring(0, 6);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(BAISHA)).then().statusCode(201);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2026-01-01")).post(matters(BAISHA)).then().statusCode(409)
                .body("existing.matterCode", equalTo(code));
    }

    @Test
    void officersReadTheirOwnTownsMattersButNotAnotherTowns() {
        String code = "T-R-" + UUID.randomUUID().toString().substring(0, 6);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(BAISHA)).then().statusCode(201);
        as(BAISHA_OFFICER, Roles.OFFICER).get(matters(BAISHA)).then().statusCode(200).body("items.matterCode", hasItem(code));
        as(ENCHENG_OFFICER, Roles.OFFICER).get(matters(BAISHA)).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(ENCHENG_OFFICE, code, null)).then().statusCode(404);
        given().get(matters(BAISHA)).then().statusCode(401);
    }

    @Test
    void onlyAnAdminOfTheTownsCountyOrCityMayGrantOrTakeBack() {
        String code = "T-A-" + UUID.randomUUID().toString().substring(0, 6);
        as(BAISHA_OFFICER, Roles.OFFICER).body(grant(code, "2025-01-01")).post(matters(BAISHA)).then().statusCode(403);
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).body(grant(code, "2025-01-01")).post(matters(BAISHA)).then().statusCode(403);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(ENCHENG)).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(ENCHENG)).then().statusCode(201);
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsWritten() {
        String code = "T-BAD-" + UUID.randomUUID().toString().substring(0, 6);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(PENGJIANG)).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("towns only"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters("999999999")).then().statusCode(404);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("matterCode", code)).post(matters(HUANSHI)).then().statusCode(400)
                .body("violations.field", hasItem("effectiveFrom"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("matterCode", code, "matterName", "x", "field", "y",
                "effectiveFrom", "2025-02-30", "legalBasis", "z")).post(matters(HUANSHI)).then().statusCode(400);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body("[]").post(matters(HUANSHI)).then().statusCode(400);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(matters(HUANSHI)).then().statusCode(200)
                .body("items.matterCode", not(hasItem(code)));

        String id = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(grant(code, "2025-01-01")).post(matters(HUANSHI))
                .then().statusCode(201).extract().path("id");
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("revokedFrom", "2024-12-31", "basis", "x"))
                .put(matters(HUANSHI) + "/" + id + "/revocation").then().statusCode(400).body("violations[0].field", equalTo("revokedFrom"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("revokedFrom", "2026-01-01", "basis", "x"))
                .put(matters(BAISHA) + "/" + id + "/revocation").then().statusCode(404);
        as(BAISHA_OFFICER, Roles.OFFICER).get("/api/v1/agency/bodies/" + BAISHA_OFFICE + "/authority").then().statusCode(400)
                .body("violations[0].field", equalTo("matter"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(authority(BAISHA_OFFICE, code, "yesterday")).then().statusCode(400)
                .body("violations[0].field", equalTo("date"));
    }
}
