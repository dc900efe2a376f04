package org.fieldlaw.cases;

import static org.fieldlaw.testing.AgencyFixture.XINHUI;
import static org.fieldlaw.testing.AgencyFixture.XINHUI_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.XINHUI_OFFICER_A;
import static org.fieldlaw.testing.AgencyFixture.XINHUI_OFFICER_A_ID;
import static org.fieldlaw.testing.AgencyFixture.XINHUI_OFFICER_B_ID;
import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * APL Art 37 at the decision: a lighter version of the baseline that took effect after the proposal
 * applies to the decision. 新会's bureau refines the city's street-vending row: 110–155 yuan from 2025,
 * 95–105 from 2026-11-20. A case proposed at 120 under the first and decided after the second took
 * effect is assessed again; 120 is then a deviation, 100 is inside. Before, the proposal's assessment
 * stood and 120 was decided.
 */
@QuarkusTest
class DecisionTimeBaselineTest {

    @Inject
    Bureaus bureaus;

    static String xinhui(int version, String effectiveFrom, int min, int max) {
        return """
                {"authority": {"level": "COUNTY", "code": "440705", "name": "新会区城市管理和综合执法局"},
                 "baselineName": "新会区细化（测试）", "version": %d, "effectiveFrom": "%s", "violations": [],
                 "rows": [{"id": "XH-CG-001-G", "violationCode": "JM-CG-001", "parentId": "JM-CG-001-G", "tier": "GENERAL",
                   "description": "新会细化", "penalties": [{"type": "FINE", "person": {"kind": "FIXED", "min": %d, "max": %d},
                   "organisation": {"kind": "FIXED", "min": 450, "max": 700}}]}],
                 "lists": []}
                """.formatted(version, effectiveFrom, min, max);
    }

    @BeforeEach
    void baselines() {
        bureaus.ensureSampleBaselines();
        for (String bundle : List.of(xinhui(1, "2025-01-01", 110, 155), xinhui(2, "2026-11-20", 95, 105))) {
            int status = bureaus.publish(XINHUI_BUREAU, bureaus.sign(XINHUI_BUREAU, bundle)).statusCode();
            if (status >= 300) {
                throw new IllegalStateException("新会 bundle not published: " + status);
            }
        }
    }

    private static RequestSpecification officer() {
        return as(XINHUI_OFFICER_A, Roles.OFFICER);
    }

    private static RequestSpecification supervisor() {
        return as(XINHUI_OFFICER_A, Roles.SUPERVISOR);
    }

    private static ValidatableResponse step(RequestSpecification as, UUID id, Map<String, Object> transition) {
        String etag = officer().get(CASES + id).then().statusCode(200).extract().header("ETag");
        return as.header("If-Match", etag).body(transition).post(CASES + id + "/transitions").then();
    }

    @Test
    void aLighterVersionInForceAtTheDecisionAppliesThoughTheProposalWasAssessedUnderTheEarlierOne() {
        Map<String, Object> body = new HashMap<>();
        body.put("procedure", "GENERAL");
        body.put("source", "PATROL");
        body.put("violationCode", "JM-CG-001");
        body.put("place", Map.of("code", XINHUI, "address", "江门市新会区会城（测试）",
                "point", Map.of("latitude", 22.52, "longitude", 113.03, "accuracyM", 8.0)));
        body.put("actDate", "2026-10-01");
        body.put("party", Map.of("kind", "PERSON", "name", "李测试", "idNumber", newParty()));
        body.put("officers", List.of(Map.of("officerId", XINHUI_OFFICER_A_ID.toString(), "investigator", true),
                Map.of("officerId", XINHUI_OFFICER_B_ID.toString(), "investigator", true)));
        body.put("summary", "在会城人行道摆卖，经劝导未离开。");
        UUID id = UUID.randomUUID();
        officer().body(body).put(CASES + id).then().statusCode(201);
        step(officer(), id, Map.of("to", "FILED", "on", "2026-10-02")).statusCode(200);
        step(officer(), id, Map.of("to", "INVESTIGATING", "on", "2026-10-02")).statusCode(200);
        step(officer(), id, Map.of("to", "PROPOSED", "proposedFine", 120, "on", "2026-10-09")).statusCode(200)
                .body("proposal.assessedMin", equalTo(110.0f)).body("proposal.assessedMax", equalTo(155.0f));
        step(officer(), id, Map.of("to", "NOTIFIED", "on", "2026-10-09")).statusCode(200);

        step(supervisor(), id, Map.of("to", "DECIDED", "on", "2026-11-25")).statusCode(409)
                .body("refusals.gate", hasItem("deviation"));
        step(supervisor(), id, Map.of("to", "DECIDED", "on", "2026-11-25", "proposedFine", 100)).statusCode(200)
                .body("decision.fine", equalTo(100.0f))
                .body("proposal.assessedMin", equalTo(95.0f)).body("proposal.assessedMax", equalTo(105.0f))
                .body("proposal.assessment.assessment.comparison.decisionTimeApplied", equalTo(true));
        officer().get(CASES + id + "/record").then().statusCode(200)
                .body("entries.find { it.action == 'STEP_DECIDED' }.detail.reassessed.version", equalTo(2));
    }
}
