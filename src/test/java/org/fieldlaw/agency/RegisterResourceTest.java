package org.fieldlaw.agency;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.CITY_AUDITOR;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The jurisdiction tree is public administrative data; enforcement bodies are listed within one's jurisdiction. */
@QuarkusTest
class RegisterResourceTest {

    @Test
    void pengjiangHasItsParentAndSixTownsFromTheShippedDivisions() {
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/agency/jurisdictions/" + PENGJIANG)
                .then().statusCode(200)
                .body("name", equalTo("蓬江区")).body("officialCode", equalTo(true))
                .body("parent.name", equalTo("江门市"))
                .body("children", hasSize(6))
                .body("children.name", hasItems("白沙街道", "环市街道", "潮连街道", "杜阮镇", "棠下镇", "荷塘镇"));
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/agency/jurisdictions/" + BAISHA)
                .then().statusCode(200).body("officialCode", equalTo(false)).body("children", hasSize(0));
    }

    @Test
    void anUnknownJurisdictionIsNotFoundAndNoTokenIsUnauthenticated() {
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/agency/jurisdictions/123")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/agency/jurisdictions/" + PENGJIANG).then().statusCode(401);
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, "guest")).get("/api/v1/agency/jurisdictions/" + PENGJIANG)
                .then().statusCode(403);
    }

    @Test
    void bodiesAreListedOnlyInsideTheCallersJurisdiction() {
        given().auth().oauth2(Tokens.of(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR)).get("/api/v1/agency/bodies")
                .then().statusCode(200)
                .body("items.id", hasItems(PENGJIANG_BUREAU.toString(), BAISHA_OFFICE.toString()))
                .body("items.id", not(hasItem(ENCHENG_OFFICE.toString())));
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/agency/bodies")
                .then().statusCode(200).body("items.id", contains(ENCHENG_OFFICE.toString()));
        given().auth().oauth2(Tokens.of(CITY_AUDITOR, Roles.AUDITOR)).get("/api/v1/agency/bodies")
                .then().statusCode(200).body("items.id", hasItems(ENCHENG_OFFICE.toString(), BAISHA_OFFICE.toString()));
        given().get("/api/v1/agency/bodies").then().statusCode(401);
    }
}
