package org.fieldlaw.publication;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.event;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.step;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.fieldlaw.testing.CaseApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publication of penalty decisions (执法公示): queued with a due date, published redacted, withdrawn when revoked. */
@QuarkusTest
class PublicationTest {

    private static final String QUEUE = "/api/v1/publications";
    private static final String PUBLIC = "/public/v1/decisions";

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    /** A vending case of a person decided at 120 yuan on {@code decidedOn} (act 2026-09-01). */
    private static UUID decided(Map<String, Object> body, String decidedOn) {
        return decided(body, decidedOn, 120);
    }

    private static UUID decided(Map<String, Object> body, String decidedOn, int fine) {
        UUID id = create(with(body, "actDate", "2026-09-01"));
        step(officer(), id, Map.of("to", "FILED", "on", "2026-09-02")).statusCode(200);
        step(officer(), id, Map.of("to", "INVESTIGATING", "on", "2026-09-02")).statusCode(200);
        step(officer(), id, Map.of("to", "PROPOSED", "proposedFine", fine, "on", "2026-09-02")).statusCode(200);
        step(officer(), id, Map.of("to", "NOTIFIED", "on", "2026-09-02")).statusCode(200);
        step(supervisor(), id, Map.of("to", "DECIDED", "on", decidedOn)).statusCode(200);
        return id;
    }

    private static Map<String, Object> queued(UUID id) {
        List<Map<String, Object>> items = supervisor().get(QUEUE).then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> id.toString().equals(i.get("caseId"))).findFirst().orElse(null);
    }

    @Test
    void aDecidedPenaltyIsQueuedWithinSevenWorkingDaysAndPublishedWithoutPersonalData() {
        String party = newParty();
        UUID id = decided(vending(party), "2026-09-30");
        Map<String, Object> item = queued(id);
        org.junit.jupiter.api.Assertions.assertEquals("PENDING", item.get("status"));
        // 1–7 October are holidays, Saturday 10 October a make-up working day
        org.junit.jupiter.api.Assertions.assertEquals("2026-10-15", item.get("dueOn"));
        supervisor().queryParam("overdue", true).get(QUEUE).then().statusCode(200).body("items.caseId", hasItem(id.toString()));
        given().get(PUBLIC + "/" + id).then().statusCode(404);

        as(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).post(QUEUE + "/" + id + "/publish").then().statusCode(403);
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(409);

        String published = given().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("caseNumber", containsString("江蓬白综执罚")).body("party", equalTo("张**"))
                .body("town", equalTo("白沙街道")).body("fine", equalTo(120.0f)).body("penalties", equalTo(List.of("罚款")))
                .body("violation", containsString("占道经营")).body("penaltyProvision", containsString("第十二条"))
                .extract().asString();
        assertFalse(published.contains(party), "no ID number is published");
        assertFalse(published.contains("张三丰"), "no full name of a person is published");
        assertFalse(published.contains("白沙大道"), "no address is published");
        given().get(PUBLIC).then().statusCode(200).body("items.id", hasItem(id.toString()));
        given().queryParam("place", AgencyFixture.ENCHENG).get(PUBLIC).then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        officer().get(CASES + id + "/record").then().body("entries.action", hasItem("PUBLISHED"));
    }

    @Test
    void anOrganisationIsNamedButItsCreditCodeIsNot() {
        Map<String, Object> body = new HashMap<>(vending(newParty()));
        body.put("party", Map.of("kind", "ORGANISATION", "name", "江门市某某水果商行（示例）", "creditCode", "91440703MA4UJ1234X"));
        // an organisation's range for street vending in 蓬江: 500–740 yuan
        UUID id = decided(body, "2026-09-10", 600);
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200);
        String published = given().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("party", equalTo("江门市某某水果商行（示例）")).body("partyKind", equalTo("ORGANISATION")).extract().asString();
        assertFalse(published.contains("91440703MA4UJ1234X"));
    }

    @Test
    void aRevokedDecisionComesDownAndTheRecordSaysWhy() {
        UUID id = decided(vending(newParty()), "2026-09-10");
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200);
        event(officer(), id, Map.of("kind", "DECISION_REVOKED", "text", "复议撤销")).statusCode(403);
        event(supervisor(), id, Map.of("kind", "DECISION_REVOKED")).statusCode(409).body("refusals.gate", hasItem("text"));
        event(supervisor(), id, Map.of("kind", "DECISION_REVOKED", "on", "2026-11-02", "text", "蓬江区人民政府行政复议决定撤销原处罚决定"))
                .statusCode(200);
        given().get(PUBLIC + "/" + id).then().statusCode(404);
        Map<String, Object> item = queued(id);
        org.junit.jupiter.api.Assertions.assertEquals("WITHDRAWN", item.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("2026-11-05", item.get("withdrawalDue"));
        List<String> actions = officer().get(CASES + id + "/record").then().extract().path("entries.action");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("EVENT_DECISION_REVOKED", "PUBLICATION_WITHDRAWN"),
                actions.subList(actions.size() - 2, actions.size()));
    }

    @Test
    void aChangedDecisionIsTakenDownAndQueuedAgainWithTheNewFine() {
        UUID id = decided(vending(newParty()), "2026-09-10");
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200);
        event(supervisor(), id, Map.of("kind", "DECISION_CHANGED", "text", "复议变更")).statusCode(409)
                .body("refusals.gate", hasItem("amount"));
        event(supervisor(), id, Map.of("kind", "DECISION_CHANGED", "text", "复议决定变更罚款数额", "amount", 100)).statusCode(200)
                .body("decision.fine", equalTo(100.0f));
        given().get(PUBLIC + "/" + id).then().statusCode(404);
        supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200);
        given().get(PUBLIC + "/" + id).then().statusCode(200).body("fine", equalTo(100.0f));
    }

    @Test
    void theQueueIsTheCallersJurisdictionsAndBadInputIsRefused() {
        UUID id = decided(vending(newParty()), "2026-09-10");
        as(AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR).get(QUEUE).then().statusCode(200)
                .body("items.caseId", not(hasItem(id.toString())));
        as(AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR).post(QUEUE + "/" + id + "/publish").then().statusCode(404);
        supervisor().queryParam("status", "LOST").get(QUEUE).then().statusCode(400);
        given().queryParam("limit", 0).get(PUBLIC).then().statusCode(400);
        given().queryParam("cursor", "@@@").get(PUBLIC).then().statusCode(400);
        given().queryParam("place", "999999").get(PUBLIC).then().statusCode(400);
        given().get(PUBLIC + "/not-a-uuid").then().statusCode(404);
        supervisor().post(QUEUE + "/" + UUID.randomUUID() + "/publish").then().statusCode(404);
    }

    @Test
    void thePublicListPagesNewestFirstWithoutRepeats() {
        for (int i = 0; i < 3; i++) {
            UUID id = decided(vending(newParty()), "2026-09-10");
            supervisor().post(QUEUE + "/" + id + "/publish").then().statusCode(200);
        }
        String cursor = given().queryParam("limit", 2).get(PUBLIC).then().statusCode(200).extract().path("nextCursor");
        List<String> first = given().queryParam("limit", 2).get(PUBLIC).then().extract().path("items.id");
        List<String> second = given().queryParam("limit", 2).queryParam("cursor", cursor).get(PUBLIC).then().statusCode(200)
                .extract().path("items.id");
        assertFalse(second.isEmpty());
        second.forEach(s -> assertFalse(first.contains(s), "no decision on two pages"));
    }
}
