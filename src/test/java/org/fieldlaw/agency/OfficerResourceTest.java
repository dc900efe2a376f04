package org.fieldlaw.agency;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER_ID;
import static org.fieldlaw.testing.AgencyFixture.CITY_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.CITY_AUDITOR;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER_ID;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The officer register: kept by bureau administrators inside their jurisdiction; versions guard every update. */
@QuarkusTest
class OfficerResourceTest {

    private static final String OFFICERS = "/api/v1/agency/officers";

    private static RequestSpecification as(String username, String role) {
        return given().auth().oauth2(Tokens.of(username, role)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> officer(String username, UUID body) {
        return Map.of("username", username, "name", "新同事", "bodyId", body.toString());
    }

    private static long officerCount() {
        return as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS).then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void aCountyAdminCreatesAnOfficerInATownOfItsCounty() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(officer(username, BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username))
                .body("body.jurisdictionCode", equalTo(BAISHA))
                .body("active", equalTo(true));
    }

    @Test
    void aCountyAdminMayNotCreateAnOfficerInAnotherCounty() {
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(officer("x-" + UUID.randomUUID(), ENCHENG_OFFICE)).post(OFFICERS)
                .then().statusCode(403).body("type", equalTo("/problems/outside-jurisdiction"));
    }

    @Test
    void onlyABureauAdminMayCreateOfficers() {
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).body(officer("x-" + UUID.randomUUID(), BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(officer("x-" + UUID.randomUUID(), BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(officer("x", BAISHA_OFFICE)).post(OFFICERS).then().statusCode(401);
    }

    @Test
    void aTakenUsernameIsAConflictAndNothingIsWritten() {
        long before = officerCount();
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(officer(BAISHA_OFFICER, BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        assertEquals(before, officerCount());
    }

    @Test
    void badInputGivesProblemDetailsAndWritesNothing() {
        long before = officerCount();
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body("{\"username\": \"a\",").post(OFFICERS)
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/malformed-json"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("username", "only-a-name")).post(OFFICERS)
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("bodyId"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("username", "a", "name", "b", "bodyId", 42, "legalQualification", "maybe"))
                .post(OFFICERS).then().statusCode(400).body("type", equalTo("/problems/validation"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("username", "a b c", "name", "b", "bodyId", BAISHA_OFFICE.toString()))
                .post(OFFICERS).then().statusCode(400).body("violations[0].field", equalTo("username"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("username", "ab", "name", "b", "bodyId", UUID.randomUUID().toString()))
                .post(OFFICERS).then().statusCode(400).body("violations[0].field", equalTo("bodyId"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("username", "ab", "name", "b", "bodyId", BAISHA_OFFICE.toString(), "rank", 3))
                .post(OFFICERS).then().statusCode(400).body("violations[0].field", equalTo("rank"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body("x".repeat(9 * 1024 * 1024)).post(OFFICERS).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/too-large"));
        assertEquals(before, officerCount());
    }

    @Test
    void officersOfAnotherJurisdictionAreNotFoundAndNotListed() {
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS + "/" + ENCHENG_OFFICER_ID)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS).then().statusCode(200)
                .body("items.body.jurisdictionCode", everyItem(not(equalTo(ENCHENG))))
                .body("items.username", hasItem(BAISHA_OFFICER));
        as(CITY_AUDITOR, Roles.AUDITOR).get(OFFICERS + "/" + ENCHENG_OFFICER_ID).then().statusCode(200);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS + "?bodyId=not-a-uuid").then().statusCode(400)
                .body("violations[0].field", equalTo("bodyId"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAStaleOneGets412WithTheCurrentState() {
        String username = "upd-" + UUID.randomUUID().toString().substring(0, 8);
        String id = as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(officer(username, BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> change = Map.of("username", username, "name", "改名后", "bodyId", BAISHA_OFFICE.toString(),
                "legalQualification", true);

        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(change).put(OFFICERS + "/" + id)
                .then().statusCode(428).body("type", equalTo("/problems/version-required"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).header("If-Match", "\"0\"").body(change).put(OFFICERS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("改名后"))
                .body("legalQualification", equalTo(true));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).header("If-Match", "\"0\"").body(Map.of("username", username, "name", "覆盖",
                "bodyId", BAISHA_OFFICE.toString())).put(OFFICERS + "/" + id)
                .then().statusCode(412).body("type", equalTo("/problems/stale-version"))
                .body("currentVersion", equalTo(1)).body("current.name", equalTo("改名后"));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(OFFICERS + "/" + id).then().statusCode(200).body("name", equalTo("改名后"));
    }

    @Test
    void certificatesAreAddedCheckedOnADateSuspendedAndReinstated() {
        String username = "cert-" + UUID.randomUUID().toString().substring(0, 8);
        String id = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(officer(username, BAISHA_OFFICE)).post(OFFICERS)
                .then().statusCode(201).extract().path("id");
        String number = "N" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> certificate = Map.of("number", number, "issuingAuthority", "广东省人民政府",
                "fields", java.util.List.of("city-management"), "areaCode", BAISHA,
                "validFrom", "2025-01-01", "validTo", "2026-12-31");
        String certId = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(certificate).post(OFFICERS + "/" + id + "/certificates")
                .then().statusCode(201).extract().path("id");
        String certs = OFFICERS + "/" + id + "/certificates";

        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2024-12-31").then().statusCode(200)
                .body("items[0].status", equalTo("NOT_YET_VALID"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2026-12-31").then().body("items[0].status", equalTo("VALID"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2027-01-01").then().body("items[0].status", equalTo("EXPIRED"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2027-13-01").then().statusCode(400);

        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("from", "2026-03-01", "reason", "涉嫌违纪，暂停执法资格"))
                .put(certs + "/" + certId + "/suspension").then().statusCode(200).body("suspendedFrom", equalTo("2026-03-01"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2026-02-28").then().body("items[0].status", equalTo("VALID"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2026-03-01").then().body("items[0].status", equalTo("SUSPENDED"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).delete(certs + "/" + certId + "/suspension").then().statusCode(200)
                .body("suspendedFrom", equalTo(null));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2026-03-01").then().body("items[0].status", equalTo("VALID"));

        // a renewal extends the period: it needs the version read, and a stale one is refused
        Map<String, Object> renewed = new java.util.HashMap<>(certificate);
        renewed.put("validTo", "2031-12-31");
        String etag = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs).then().extract().path("items[0].version").toString();
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(renewed).put(certs + "/" + certId).then().statusCode(428);
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).header("If-Match", "\"" + etag + "\"").body(renewed).put(certs + "/" + certId)
                .then().statusCode(200).body("validTo", equalTo("2031-12-31"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).header("If-Match", "\"" + etag + "\"").body(certificate).put(certs + "/" + certId)
                .then().statusCode(412).body("current.validTo", equalTo("2031-12-31"));
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs + "?on=2027-01-01").then().body("items[0].status", equalTo("VALID"));
    }

    @Test
    void aCertificateOutsideTheAdminsAreaOrWithABackwardPeriodIsRefused() {
        String certs = OFFICERS + "/" + BAISHA_OFFICER_ID + "/certificates";
        Map<String, Object> outside = Map.of("number", "X" + UUID.randomUUID().toString().substring(0, 8),
                "issuingAuthority", "广东省人民政府", "fields", java.util.List.of("city-management"), "areaCode", ENCHENG,
                "validFrom", "2025-01-01", "validTo", "2026-12-31");
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(outside).post(certs).then().statusCode(403);
        Map<String, Object> backward = Map.of("number", "Y" + UUID.randomUUID().toString().substring(0, 8),
                "issuingAuthority", "广东省人民政府", "fields", java.util.List.of("city-management"), "areaCode", BAISHA,
                "validFrom", "2026-01-01", "validTo", "2025-12-31");
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(backward).post(certs).then().statusCode(400)
                .body("violations[0].field", equalTo("validTo"));
        Map<String, Object> noFields = Map.of("number", "Z1", "issuingAuthority", "广东省人民政府",
                "fields", java.util.List.of(), "areaCode", BAISHA, "validFrom", "2026-01-01", "validTo", "2026-12-31");
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(noFields).post(certs).then().statusCode(400)
                .body("violations[0].field", equalTo("fields"));
        Response existing = as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(certs);
        existing.then().statusCode(200).body("items.number", not(hasItem("Z1")));
    }

    @Test
    void aSupervisorReadsOfficersOfItsCountyButMayNotChangeThem() {
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get(OFFICERS + "/" + BAISHA_OFFICER_ID).then().statusCode(200)
                .header("ETag", notNullValue());
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).header("If-Match", "\"0\"")
                .body(officer(BAISHA_OFFICER, BAISHA_OFFICE)).put(OFFICERS + "/" + BAISHA_OFFICER_ID).then().statusCode(403);
    }
}
