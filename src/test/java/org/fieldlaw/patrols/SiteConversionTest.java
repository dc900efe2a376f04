package org.fieldlaw.patrols;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From report to case (docs/domain.md §6): a confirmed site becomes a pre-filled case with the article of its
 * planning area (Planning Law Art 64/65/66), its visits and photos as evidence, the construction cost
 * as the fine's base and the discretion assessment; alarms go on the site's and the case's record.
 */
@QuarkusTest
class SiteConversionTest {

    private static final String SITES = "/api/v1/sites/";
    private static final AtomicInteger SPOT = new AtomicInteger();

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private static Map<String, Object> observation(int floors, String area, boolean building) {
        return Map.of("kind", "NEW_BUILDING", "floors", floors, "floorArea", area, "constructionInProgress", building,
                "permitStatus", "NONE");
    }

    /** A new site of its own, 2 km from the others and far from the hot-spot tests' area; answers its id and its first visit's id. */
    private static String[] site(String planningArea, boolean withParty) {
        int n = SPOT.incrementAndGet();
        Map<String, Object> r = new HashMap<>();
        r.put("siteId", UUID.randomUUID().toString());
        r.put("visitId", UUID.randomUUID().toString());
        r.put("placeCode", AgencyFixture.BAISHA);
        r.put("address", "白沙街道某村 " + n + " 号（转案测试）");
        r.put("planningArea", planningArea);
        r.put("visitedAt", "2026-11-02T09:30:00+08:00");
        r.put("point", Map.of("latitude", 21.90 + n * 0.02, "longitude", 112.60));
        r.put("outline", List.of(Map.of("latitude", 21.90 + n * 0.02, "longitude", 112.60), Map.of("latitude", 21.9001 + n * 0.02,
                "longitude", 112.60), Map.of("latitude", 21.9001 + n * 0.02, "longitude", 112.6001)));
        r.put("constructionCost", "200000");
        r.put("observation", observation(2, "150", true));
        if (withParty) {
            r.put("partyName", "梁某某");
            r.put("partyIdentifier", "440703198506120022");
        }
        String id = officer().body(r).post(SITES + "reports").then().statusCode(201).body("site.outline", hasSize(3))
                .extract().path("site.id");
        return new String[] { id, (String) r.get("visitId") };
    }

    private static void status(String site, String status) {
        String etag = officer().get(SITES + site).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (!"CONFIRMED_ILLEGAL".equals(status) && !"STOP_ORDER_ISSUED".equals(status)) {
            body.put("orderDeadline", "2026-12-31");
        }
        officer().header("If-Match", etag).body(body).put(SITES + site + "/status").then().statusCode(200);
    }

    private static Map<String, Object> conversion(UUID caseId) {
        Map<String, Object> c = new HashMap<>();
        c.put("caseId", caseId.toString());
        c.put("officers", List.of(Map.of("officerId", AgencyFixture.CASE_OFFICER_A_ID.toString(), "investigator", true),
                Map.of("officerId", AgencyFixture.CASE_OFFICER_B_ID.toString(), "investigator", true)));
        return c;
    }

    private static byte[] uploadPhoto(String visitId, int seed) {
        byte[] bytes = new byte[50_000 + seed];
        new java.util.Random(seed).nextBytes(bytes);
        org.fieldlaw.testing.Uploads.to("visitId", visitId, bytes, "巡查照片-" + seed + ".jpg", "image/jpeg");
        return bytes;
    }

    @Test
    void aConfirmedUrbanSiteBecomesAnArticle64CaseWithItsVisitsPhotosAndCostBase() throws Exception {
        String[] site = site("URBAN_OR_TOWN", true);
        byte[] photo = uploadPhoto(site[1], 1);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        officer().get(SITES + site[0] + "/visits").then().statusCode(200).body("items[0].photos", hasSize(1))
                .body("items[0].photos[0].sha256", equalTo(sha));
        officer().body(conversion(UUID.randomUUID())).post(SITES + site[0] + "/case").then().statusCode(409)
                .body("detail", containsString("SUSPECTED"));
        status(site[0], "CONFIRMED_ILLEGAL");
        UUID caseId = UUID.randomUUID();
        officer().body(conversion(caseId)).post(SITES + site[0] + "/case").then().statusCode(201)
                .header("Location", containsString("/api/v1/cases/" + caseId))
                .body("site.caseId", equalTo(caseId.toString()))
                .body("caseView.violationCode", equalTo("JM-GH-064"))
                .body("caseView.source", equalTo("PATROL"))
                .body("caseView.place.code", equalTo(AgencyFixture.BAISHA))
                .body("caseView.actDate", equalTo("2026-11-02"))
                .body("caseView.bases.CONSTRUCTION_COST", equalTo(200000.0f))
                .body("caseView.summary", containsString("共巡查 1 次"))
                .body("assessment.assessment.penaltyProvision", containsString("第六十四条"))
                .body("resent", equalTo(false));
        // sent again (the answer was lost): the same case, not a second one
        officer().body(conversion(caseId)).post(SITES + site[0] + "/case").then().statusCode(200)
                .body("caseView.id", equalTo(caseId.toString())).body("resent", equalTo(true));
        officer().body(conversion(UUID.randomUUID())).post(SITES + site[0] + "/case").then().statusCode(409)
                .body("caseId", equalTo(caseId.toString()));
        // the visit and its photo are on the case's record, and the photo is the case's evidence
        officer().get("/api/v1/cases/" + caseId + "/record").then().statusCode(200)
                .body("entries.action", hasItems("CREATED", "FROM_SITE", "VISITED", "EVIDENCE_ATTACHED"));
        officer().get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(200).body("items.sha256", hasItem(sha));
        officer().post("/api/v1/cases/" + caseId + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("filesChecked", equalTo(1));
        officer().get(SITES + site[0] + "/record").then().statusCode(200).body("intact", equalTo(true))
                .body("entries.action", hasItems("REPORTED", "VISITED", "EVIDENCE_ATTACHED", "STATUS_CHANGED", "CONVERTED_TO_CASE"));
    }

    @Test
    void theArticleFollowsThePlanningAreaAndTemporaryBuildingIsArticle66() {
        String[] village = site("TOWNSHIP_OR_VILLAGE", true);
        status(village[0], "CONFIRMED_ILLEGAL");
        officer().body(conversion(UUID.randomUUID())).post(SITES + village[0] + "/case").then().statusCode(201)
                .body("caseView.violationCode", equalTo("JM-GH-065"));
        String[] shed = site("URBAN_OR_TOWN", true);
        status(shed[0], "CONFIRMED_ILLEGAL");
        Map<String, Object> temporary = conversion(UUID.randomUUID());
        temporary.put("temporaryBuilding", true);
        // Planning Law Art 66 fines up to once the temporary construction's cost: the site's cost goes in under that base,
        // which the Art 66 row reads (before, CONSTRUCTION_COST, and the row could not compute)
        officer().body(temporary).post(SITES + shed[0] + "/case").then().statusCode(201).body("caseView.violationCode", equalTo("JM-GH-066"))
                .body("caseView.bases.TEMPORARY_CONSTRUCTION_COST", equalTo(200000.0f))
                .body("caseView.bases.CONSTRUCTION_COST", nullValue());
    }

    @Test
    void aSiteWithoutAPartyNeedsOneAndABadRequestLeavesTheSiteUnconverted() {
        String[] site = site("URBAN_OR_TOWN", false);
        status(site[0], "CONFIRMED_ILLEGAL");
        UUID caseId = UUID.randomUUID();
        officer().body(conversion(caseId)).post(SITES + site[0] + "/case").then().statusCode(400).body("violations[0].field", equalTo("party"));
        Map<String, Object> oneOfficer = conversion(caseId);
        oneOfficer.put("officers", List.of(Map.of("officerId", AgencyFixture.CASE_OFFICER_A_ID.toString())));
        oneOfficer.put("party", Map.of("kind", "PERSON", "name", "梁某某", "idNumber", "440703198506120022"));
        officer().body(oneOfficer).post(SITES + site[0] + "/case").then().statusCode(400);
        officer().get(SITES + site[0]).then().body("caseId", equalTo(null));
        officer().get("/api/v1/cases/" + caseId).then().statusCode(404);
        Map<String, Object> given = conversion(caseId);
        given.put("party", Map.of("kind", "PERSON", "name", "梁某某", "idNumber", "440703198506120022"));
        officer().body(given).post(SITES + site[0] + "/case").then().statusCode(201).body("caseView.party.name", containsString("梁"));
    }

    @Test
    void aConversionUnderTheIdOfACaseAlreadyRecordedIsRefusedAndLeavesBothAlone() {
        UUID taken = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        String[] site = site("URBAN_OR_TOWN", true);
        status(site[0], "CONFIRMED_ILLEGAL");
        officer().body(conversion(taken)).post(SITES + site[0] + "/case").then().statusCode(409)
                .body("detail", containsString("another case")).body("stored", equalTo(null));
        officer().get(SITES + site[0]).then().body("caseId", equalTo(null));
        officer().get(SITES + site[0] + "/record").then().body("entries.action", not(hasItem("CONVERTED_TO_CASE")));
        officer().get("/api/v1/cases/" + taken + "/record").then().body("entries", hasSize(1));
    }

    @Test
    void anAlarmAfterConversionGoesOnTheSitesAndTheCasesRecord() {
        String[] site = site("URBAN_OR_TOWN", true);
        status(site[0], "CONFIRMED_ILLEGAL");
        status(site[0], "STOP_ORDER_ISSUED");
        UUID caseId = UUID.randomUUID();
        officer().body(conversion(caseId)).post(SITES + site[0] + "/case").then().statusCode(201);
        Map<String, Object> visit = Map.of("visitId", UUID.randomUUID().toString(), "visitedAt", "2026-11-12T10:00:00+08:00",
                "point", Map.of("latitude", 21.9, "longitude", 112.6), "observation", observation(3, "150", true));
        String later = (String) visit.get("visitId");
        uploadPhoto(site[1], 7);
        String alarm = officer().body(visit).post(SITES + site[0] + "/visits").then().statusCode(200).body("alarm", notNullValue())
                .extract().path("alarm.id");
        uploadPhoto(later, 8);
        // the supervisors see both visits with their photos side by side
        given().auth().oauth2(Tokens.of(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR)).get("/api/v1/alarms").then()
                .statusCode(200).body("items.find { it.id == '" + alarm + "' }.earlierVisit.photos", hasSize(1))
                .body("items.find { it.id == '" + alarm + "' }.laterVisit.photos", hasSize(1))
                .body("items.find { it.id == '" + alarm + "' }.laterVisit.floors", equalTo(3));
        List<String> caseActions = officer().get("/api/v1/cases/" + caseId + "/record").then().extract().path("entries.action");
        assertEquals(1, caseActions.stream().filter("CONTINUED_BUILDING_ALARM"::equals).count(), caseActions.toString());
        officer().get(SITES + site[0] + "/record").then().body("entries.action", hasItem("CONTINUED_BUILDING_ALARM"))
                .body("intact", equalTo(true));
        // the photos of a converted site's visits are the case's evidence at once
        officer().get("/api/v1/cases/" + caseId + "/evidence").then().body("items", hasSize(2));
    }
}
