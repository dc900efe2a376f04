package org.fieldlaw.discretion;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.CITY_AUDITOR;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_REVIEWER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.SignedInOfficers;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The field's view of the baselines: assessment at the moment of decision, search in Chinese, offline bundle. */
@QuarkusTest
class DiscretionResourceTest {

    private static final String ASSESS = "/api/v1/discretion/assessments";
    private static final String ADULT = "440703198506120022";

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private static RequestSpecification as(String username, String role) {
        return given().auth().oauth2(Tokens.of(username, role)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> vending(String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("violationCode", "JM-CG-001");
        body.put("actDate", "2026-03-02");
        body.put("decisionDate", "2026-03-20");
        body.put("party", Map.of("kind", "PERSON", "idNumber", idNumber));
        return body;
    }

    @Inject
    PartyHistoryService history;

    @Inject
    org.fieldlaw.privacy.PersonalData personalData;

    /** Records a decided case and waits for the database's notice to reach this replica's in-memory history. */
    void decided(String party, String violation, LocalDate on) throws InterruptedException {
        int before = history.historyOf(party, violation, "city-management", LocalDate.of(2100, 1, 1)).earlierCasesOfThisViolation();
        insertDecided(party, violation, on);
        long deadline = System.currentTimeMillis() + 5_000;
        while (history.historyOf(party, violation, "city-management", LocalDate.of(2100, 1, 1)).earlierCasesOfThisViolation() == before) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the decided case did not reach the in-memory history within 5 s");
            }
            Thread.sleep(20);
        }
    }

    @Transactional
    void insertDecided(String party, String violation, LocalDate on) {
        DecidedCaseRecord r = new DecidedCaseRecord();
        r.id = UUID.randomUUID();
        r.partyKey = personalData.lookupKey(party);
        r.violationCode = violation;
        r.field = "city-management";
        r.decidedOn = on;
        r.source = "test";
        r.persist();
    }

    @Inject
    SignedInOfficers signedIn;

    /** A caller not yet known is looked up on a worker; once known, the assessment runs on the I/O thread: same answer. */
    @Test
    void theAssessmentIsTheSameWhetherTheCallerWasLookedUpOrRemembered() {
        signedIn.forget(AgencyFixture.BAISHA_OFFICER_ID);
        String looked = as(BAISHA_OFFICER, Roles.OFFICER).body(vending(ADULT)).post(ASSESS).then().statusCode(200).extract().asString();
        String remembered = as(BAISHA_OFFICER, Roles.OFFICER).body(vending(ADULT)).post(ASSESS).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(looked, remembered);
    }

    @Test
    void theSameViolationGetsThe蓬江RefinementIn白沙AndTheCityRowIn恩城() {
        as(BAISHA_OFFICER, Roles.OFFICER).body(vending(ADULT)).post(ASSESS).then().statusCode(200)
                .body("placeCode", equalTo(BAISHA))
                .body("assessment.rowId", equalTo("PJ-CG-001-G"))
                .body("assessment.penalties[0].range.min", equalTo(100.0f))
                .body("assessment.penalties[0].range.max", equalTo(140.0f))
                .body("assessment.penalties[0].suggested", equalTo(120.0f))
                .body("layers.authorityCode", contains("440700", "440703"))
                .body("assessment.steps", hasItem(org.hamcrest.Matchers.containsString("建议 120.00 元")));
        // 恩城 lies in 恩平市: the city row, or 恩平's own refinement where one has landed
        as(ENCHENG_OFFICER, Roles.OFFICER).body(vending(ADULT)).post(ASSESS).then().statusCode(200)
                .body("assessment.rowId", org.hamcrest.Matchers.oneOf("JM-CG-001-G", "EP-CG-001-G"));
    }

    @Test
    void aFirstViolationOnTheListIsReadFromTheCaseHistoryNotFromTheOfficer() throws InterruptedException {
        String fresh = "440703198506120022".equals(ADULT) ? "440703200902280159" : ADULT; // an adult with no history
        Map<String, Object> corrected = vending(fresh);
        corrected.put("circumstances", List.of("CORRECTED_PROMPTLY", "MINOR_HARM"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(corrected).post(ASSESS).then().statusCode(200)
                .body("assessment.outcome", equalTo("NO_PENALTY"))
                .body("assessment.noPenaltyReason", equalTo("FIRST_VIOLATION"))
                .body("assessment.noPenaltyMandatory", equalTo(false))
                .body("assessment.educationRequired", equalTo(true));

        String known = "440703198506120022";
        decided(known, "JM-CG-001", LocalDate.of(2025, 6, 1));
        Map<String, Object> again = vending(known);
        again.put("circumstances", List.of("CORRECTED_PROMPTLY", "MINOR_HARM"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(again).post(ASSESS).then().statusCode(200)
                .body("assessment.outcome", equalTo("PENALTY"));

        Map<String, Object> ticked = vending(fresh);
        ticked.put("circumstances", List.of("FIRST_VIOLATION"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(ticked).post(ASSESS).then().statusCode(400);
    }

    @Test
    void moreThanThreeDecidedViolationsWithinAYearMakeIt从重() throws InterruptedException {
        String party = "91440703MA4W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 1; i <= 4; i++) {
            decided(party, "JM-CG-00" + i, LocalDate.of(2025, 6, i));
        }
        Map<String, Object> body = vending(ADULT);
        body.put("party", Map.of("kind", "ORGANISATION", "creditCode", party));
        body.put("violationCode", "JM-CG-002");
        as(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).body(body).post(ASSESS).then().statusCode(200)
                .body("assessment.tier", equalTo("HEAVIER")).body("assessment.rowId", equalTo("JM-CG-002-H"));
    }

    @Test
    void article64NeedsTheConstructionCostAndComputesFivePercent() {
        Map<String, Object> body = vending(ADULT);
        body.put("violationCode", "JM-GH-064");
        body.put("circumstances", List.of("CORRECTABLE", "CORRECTED_ON_TIME"));
        as(PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).body(body).post(ASSESS).then().statusCode(200)
                .body("assessment.missingBases", contains("CONSTRUCTION_COST"));
        body.put("bases", Map.of("CONSTRUCTION_COST", 386_000));
        as(PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).body(body).post(ASSESS).then().statusCode(200)
                .body("assessment.missingBases", hasSize(0))
                .body("assessment.penalties.find { it.type == 'FINE' }.range.min", equalTo(19300.0f));
    }

    @Test
    void anAssessmentOutsideTheCallersJurisdictionIsRefused() {
        Map<String, Object> body = vending(ADULT);
        body.put("placeCode", BAISHA);
        as(ENCHENG_OFFICER, Roles.OFFICER).body(body).post(ASSESS).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
    }

    @Test
    void assessmentAuthorisation() {
        as(CITY_AUDITOR, Roles.AUDITOR).body(vending(ADULT)).post(ASSESS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(vending(ADULT)).post(ASSESS).then().statusCode(401);
    }

    @Test
    void anActFoundAfterItsLimitationIsNoPenaltyEvenWhereNoBaselineCoversItsDate() {
        // APL Art 36 is the law's, not a baseline's: before, this act of 2019 (every baseline begins in 2025) was a 400
        Map<String, Object> old = vending(ADULT);
        old.put("actDate", "2019-01-01");
        old.put("discoveredOn", "2026-03-01");
        as(BAISHA_OFFICER, Roles.OFFICER).body(old).post(ASSESS).then().statusCode(200)
                .body("assessment.outcome", equalTo("NO_PENALTY"))
                .body("assessment.noPenaltyReason", equalTo("LIMITATION_PASSED"))
                .body("assessment.noPenaltyMandatory", equalTo(true))
                .body("layers", equalTo(List.of()));
    }

    @Test
    void badAssessmentInputIsA400NamingTheField() {
        Map<String, Object> noDate = vending(ADULT);
        noDate.remove("actDate");
        as(BAISHA_OFFICER, Roles.OFFICER).body(noDate).post(ASSESS).then().statusCode(400)
                .body("violations.field", hasItem("actDate"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(vending("440703198506120023")).post(ASSESS).then().statusCode(400)
                .body("violations[0].field", equalTo("party"));
        Map<String, Object> unknown = vending(ADULT);
        unknown.put("violationCode", "NO-SUCH");
        as(BAISHA_OFFICER, Roles.OFFICER).body(unknown).post(ASSESS).then().statusCode(400)
                .body("violations[0].field", equalTo("violationCode"));
        Map<String, Object> early = vending(ADULT);
        early.put("actDate", "2024-06-01");
        early.put("discoveredOn", "2024-07-01");
        early.put("decisionDate", "2024-08-01");
        as(BAISHA_OFFICER, Roles.OFFICER).body(early).post(ASSESS).then().statusCode(400)
                .body("violations[0].field", equalTo("actDate"));
        Map<String, Object> negative = vending(ADULT);
        negative.put("bases", Map.of("CONSTRUCTION_COST", -5));
        as(BAISHA_OFFICER, Roles.OFFICER).body(negative).post(ASSESS).then().statusCode(400);
        Map<String, Object> backwards = vending(ADULT);
        backwards.put("decisionDate", "2026-01-01");
        as(BAISHA_OFFICER, Roles.OFFICER).body(backwards).post(ASSESS).then().statusCode(400);
        as(BAISHA_OFFICER, Roles.OFFICER).body("{\"violationCode\": ").post(ASSESS).then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void violationsAreFoundByChineseNameCodeOrProvisionAndPaged() {
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("q", "占道").get("/api/v1/discretion/violations").then().statusCode(200)
                .body("items.code", contains("JM-CG-001"));
        // Art 64 is the penalty provision of JM-GH-064 and the stop order that JM-GH-068 (continued building) breaches;
        // 四条第一 has all its bigrams in JM-GH-064 (四条, 条第, 第一) but is no substring of any one field.
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("q", "第六十四条").get("/api/v1/discretion/violations").then().statusCode(200)
                .body("items.code", contains("JM-GH-064", "JM-GH-068"));
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("q", "四条第一").get("/api/v1/discretion/violations").then().statusCode(200)
                .body("items", hasSize(0));
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("q", "jm-gh").get("/api/v1/discretion/violations").then().statusCode(200)
                .body("items", hasSize(4));
        String cursor = as(BAISHA_OFFICER, Roles.OFFICER).queryParam("limit", 5).get("/api/v1/discretion/violations")
                .then().statusCode(200).body("items", hasSize(5)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("limit", 5).queryParam("cursor", cursor).get("/api/v1/discretion/violations")
                .then().statusCode(200).body("items[0].code", org.hamcrest.Matchers.greaterThan(cursor));
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("q", "不存在的违法行为").get("/api/v1/discretion/violations").then()
                .statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("limit", 0).get("/api/v1/discretion/violations").then().statusCode(400);
        given().get("/api/v1/discretion/violations").then().statusCode(401);
    }

    @Test
    void aViolationShowsItsRowsAndListsAsTheyApplyInTheCallersCounty() {
        as(BAISHA_OFFICER, Roles.OFFICER).get("/api/v1/discretion/violations/JM-CG-001").then().statusCode(200)
                .body("violation.name", org.hamcrest.Matchers.containsString("占道经营"))
                .body("rows.id", hasItem("PJ-CG-001-G"))
                .body("rows.id", org.hamcrest.Matchers.not(hasItem("JM-CG-001-G")))
                .body("lists.kind", hasItem("FIRST_VIOLATION"));
        as(BAISHA_OFFICER, Roles.OFFICER).get("/api/v1/discretion/violations/NO-SUCH").then().statusCode(404);
    }

    @Test
    void theOfflineBundleCarriesAnETagAndADeltaSinceATag() {
        String etag = as(BAISHA_OFFICER, Roles.OFFICER).get("/api/v1/discretion/bundle").then().statusCode(200)
                .body("layers.authorityCode", contains("440700", "440703"))
                .body("layers[0].document", notNullValue())
                .extract().header("ETag");
        as(BAISHA_OFFICER, Roles.OFFICER).header("If-None-Match", etag).get("/api/v1/discretion/bundle").then().statusCode(304);
        as(BAISHA_OFFICER, Roles.OFFICER).queryParam("since", "440700:v1").get("/api/v1/discretion/bundle").then().statusCode(200)
                .body("layers.authorityCode", contains("440703")).body("unchanged", contains("440700:v1"));
        given().get("/api/v1/discretion/bundle").then().statusCode(401);
    }
}
