package org.fieldlaw.cases;

import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.CASE_OFFICER_A;
import static org.fieldlaw.testing.AgencyFixture.CASE_OFFICER_A_ID;
import static org.fieldlaw.testing.AgencyFixture.CITY_AUDITOR;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.CaseApi.ADULT_ID;
import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.fieldlaw.testing.CaseApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording a case from the phone: idempotent create, versioned edits, bad input, redaction, lists. */
@QuarkusTest
class CaseResourceTest {

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    @Test
    void theSameCreateTwiceStoresOneCaseAndAnswersItAgain() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = vending(ADULT_ID);
        String etag = officer().body(body).put(CASES + id).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/cases/" + id))
                .body("state", equalTo("RECORDED")).body("field", equalTo("city-management"))
                .body("matterCode", equalTo("440700-CG-001")).body("place.name", equalTo("白沙街道"))
                .extract().header("ETag");
        officer().body(body).put(CASES + id).then().statusCode(200).header("ETag", equalTo(etag)).body("id", equalTo(id.toString()));
        // the same facts in another order and spelling of amounts are the same request
        Map<String, Object> reordered = with(body, "bases", Map.of("GOODS_VALUE", "300.00"));
        Map<String, Object> reordered2 = with(body, "bases", Map.of("GOODS_VALUE", 300));
        UUID other = UUID.randomUUID();
        officer().body(reordered).put(CASES + other).then().statusCode(201);
        officer().body(reordered2).put(CASES + other).then().statusCode(200);
    }

    @Test
    void theSameIdWithAnotherBodyIsAConflictShowingBoth() {
        UUID id = create(vending(ADULT_ID));
        officer().body(with(vending(ADULT_ID), "summary", "另一份记录")).put(CASES + id).then().statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("stored.summary", equalTo("在白沙大道西人行道摆卖水果，经劝导未离开。"))
                .body("received.summary", equalTo("另一份记录"));
    }

    @Test
    void anEditCarriesTheVersionAndAStaleOneIsRefusedWithTheCurrentState() {
        UUID id = create(vending(ADULT_ID));
        String etag = officer().get(CASES + id).then().extract().header("ETag");
        officer().header("If-Match", etag).body(with(vending(ADULT_ID), "summary", "补充：当事人拒绝签字。")).put(CASES + id)
                .then().statusCode(200).body("summary", equalTo("补充：当事人拒绝签字。")).body("version", equalTo(1));
        officer().header("If-Match", etag).body(with(vending(ADULT_ID), "summary", "过时的修改")).put(CASES + id)
                .then().statusCode(412).body("type", equalTo("/problems/stale-version"))
                .body("current.summary", equalTo("补充：当事人拒绝签字。")).body("currentVersion", equalTo(1));
        officer().header("If-Match", "\"7\"").body(vending(ADULT_ID)).put(CASES + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void thePartysPersonalDataIsMaskedUnlessRevealedAndTheRevealIsRecorded() {
        UUID id = create(vending(ADULT_ID));
        officer().get(CASES + id).then().statusCode(200)
                .body("party.name", equalTo("张**")).body("party.identifier", equalTo("**************0022"))
                .body("party.redacted", equalTo(true));
        officer().get(CASES + id + "?reveal=party").then().statusCode(200)
                .body("party.name", equalTo("张三丰")).body("party.identifier", equalTo(ADULT_ID))
                .body("party.birthDate", equalTo("1985-06-12"));
        officer().get(CASES + id + "/record").then().statusCode(200)
                .body("entries.action", equalTo(List.of("CREATED", "PERSONAL_DATA_VIEWED")))
                .body("entries[1].actorName", equalTo("甲执法"));
        officer().get(CASES + id + "?reveal=everything").then().statusCode(400);
    }

    @Test
    void badInputIsAClearProblemAndNothingIsWritten() {
        UUID id = UUID.randomUUID();
        Map<String, Object> noViolation = new HashMap<>(vending(ADULT_ID));
        noViolation.remove("violationCode");
        officer().body(noViolation).put(CASES + id).then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("violationCode")));
        officer().body(with(vending(ADULT_ID), "violationCode", "NO-SUCH")).put(CASES + id).then().statusCode(400)
                .body("violations.field", hasItem("violationCode"));
        officer().body(with(vending("440703198506120023"), "summary", "x")).put(CASES + id).then().statusCode(400)
                .body("violations.field", hasItem("party.idNumber"));
        officer().body(with(vending(ADULT_ID), "actDate", LocalDate.now().plusDays(3).toString())).put(CASES + id).then().statusCode(400)
                .body("violations.field", hasItem("actDate"));
        officer().body(with(vending(ADULT_ID), "officers", List.of(Map.of("officerId", CASE_OFFICER_A_ID.toString()))))
                .put(CASES + id).then().statusCode(400).body("violations.message", hasItem(org.hamcrest.Matchers.containsString("APL Art 42")));
        officer().body(with(vending(ADULT_ID), "procedure", "QUICK")).put(CASES + id).then().statusCode(400);
        officer().body(with(vending(ADULT_ID), "actDate", "yesterday")).put(CASES + id).then().statusCode(400);
        officer().body("{\"procedure\": ").put(CASES + id).then().statusCode(400).body("type", equalTo("/problems/malformed-json"));
        officer().body(vending(ADULT_ID)).put(CASES + "not-a-uuid").then().statusCode(404);
        Map<String, Object> organisation = with(vending(ADULT_ID), "party", Map.of("kind", "ORGANISATION", "name", "某某商行", "creditCode", "123"));
        officer().body(organisation).put(CASES + id).then().statusCode(400).body("violations.field", hasItem("party.creditCode"));
        officer().get(CASES + id).then().statusCode(404);
    }

    @Test
    void theRecordingOfficerMustBeOneOfTheOfficers() {
        Map<String, Object> body = vending(ADULT_ID);
        as(BAISHA_OFFICER, Roles.OFFICER).body(body).put(CASES + UUID.randomUUID()).then().statusCode(400)
                .body("violations.message", hasItem(org.hamcrest.Matchers.containsString("you must be one of the officers")));
    }

    @Test
    void anOfficerOfAnotherTownNeitherSeesNorCreatesTheCase() {
        UUID id = create(vending(ADULT_ID));
        as(ENCHENG_OFFICER, Roles.OFFICER).get(CASES + id).then().statusCode(404);
        as(ENCHENG_OFFICER, Roles.OFFICER).get(CASES + id + "/record").then().statusCode(404);
        as(ENCHENG_OFFICER, Roles.OFFICER).get(CASES).then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        as(ENCHENG_OFFICER, Roles.OFFICER).body(vending(ADULT_ID)).put(CASES + id).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        Map<String, Object> elsewhere = with(vending(ADULT_ID), "place", Map.of("code", ENCHENG, "address", "恩城"));
        // an id taken by a case the caller may not see: only that it is taken, nothing of the case
        as(ENCHENG_OFFICER, Roles.OFFICER).body(elsewhere).put(CASES + id).then().statusCode(409)
                .body("stored", nullValue());
        officer().body(elsewhere).put(CASES + UUID.randomUUID()).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        // the county supervisor and the city auditor see the town's case
        supervisor().get(CASES + id).then().statusCode(200);
        as(CITY_AUDITOR, Roles.AUDITOR).get(CASES + id).then().statusCode(200);
        as(CITY_AUDITOR, Roles.AUDITOR).body(vending(ADULT_ID)).put(CASES + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void theListPagesByCursorWithoutRepeatsAndFiltersByState() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(vending(ADULT_ID)).toString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = officer().queryParam("limit", 2).queryParam("state", "RECORDED")
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get(CASES).then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(2)))
                    .extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no case twice across pages");
        org.hamcrest.MatcherAssert.assertThat(seen, hasItems(created.toArray(new String[0])));
        officer().queryParam("state", "NONSENSE").get(CASES).then().statusCode(400);
        officer().queryParam("cursor", "%%%").get(CASES).then().statusCode(400);
        officer().queryParam("limit", 0).get(CASES).then().statusCode(400);
    }

    @Test
    void aCaseEditedBeforeFilingKeepsItsHistoryInTheRecord() {
        UUID id = create(vending(ADULT_ID));
        String etag = officer().get(CASES + id).then().extract().header("ETag");
        officer().header("If-Match", etag).body(with(vending(ADULT_ID), "circumstances", List.of("CORRECTED_PROMPTLY"))).put(CASES + id)
                .then().statusCode(200).body("circumstances", equalTo(List.of("CORRECTED_PROMPTLY")));
        officer().get(CASES + id + "/record").then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries[1].action", equalTo("EDITED"))
                .body("entries[1].detail.before.circumstances", nullValue())
                .body("entries[1].detail.after.circumstances", equalTo(List.of("CORRECTED_PROMPTLY")))
                .body("entries[1].previousHash", equalTo(officer().get(CASES + id + "/record").then().extract().path("entries[0].hash")));
        officer().post(CASES + id + "/record/verification").then().statusCode(200).body("intact", equalTo(true))
                .body("entries", equalTo(2)).body("lastHash", notNullValue());
    }

    @Test
    void noTokenIsUnauthorised() {
        io.restassured.RestAssured.given().get(CASES).then().statusCode(401);
        io.restassured.RestAssured.given().contentType("application/json").body(vending(ADULT_ID)).put(CASES + UUID.randomUUID())
                .then().statusCode(401);
        as(CASE_OFFICER_A, Roles.AUDITOR).body(vending(ADULT_ID)).put(CASES + UUID.randomUUID()).then().statusCode(403);
    }
}
