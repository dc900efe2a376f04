package org.fieldlaw;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.documents.SignatureCheck;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.DemoDataResource;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (the JVM jar `./mvnw verify` builds; the native executable where one is built) over HTTP, in
 * a process of its own: it starts, migrates a fresh database, loads the demo register and baselines, answers its
 * health checks, and carries a phone's case from its create to an on-the-spot decision issued as a signed PDF.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = DemoDataResource.class, restrictToAnnotatedClass = true)
class PackagedServiceIT {

    /** The demo officers of 白沙街道 (agency/DemoData), certified for city management. */
    private static final String CHEN = "1c588dbe-6d1b-34be-aa76-1193e4117b1a";
    private static final String LIN = "b8ff5e88-701e-3feb-a447-225c712ac3f6";

    private static RequestSpecification chen() {
        return given().auth().oauth2(Tokens.of("chen", Roles.OFFICER)).contentType(ContentType.JSON);
    }

    @Test
    void thePackagedServiceStartsIsReadyAndIssuesASignedDecision() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200);
        given().get(CaseApi.CASES).then().statusCode(401);
        UUID caseId = UUID.randomUUID();
        Map<String, Object> body = Map.of("procedure", "ON_THE_SPOT", "source", "PATROL", "violationCode", "JM-CG-001",
                "place", Map.of("code", "440703001", "address", "江门市蓬江区白沙大道西 8 号",
                        "point", Map.of("latitude", 22.5895, "longitude", 113.0817, "accuracyM", 8.0)),
                "actDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "party", Map.of("kind", "PERSON", "name", "李四", "idNumber", CaseApi.newParty()),
                "officers", List.of(Map.of("officerId", CHEN, "investigator", true), Map.of("officerId", LIN, "investigator", true)),
                "summary", "在白沙大道西人行道摆卖水果，经劝导未离开。");
        chen().body(body).put(CaseApi.CASES + caseId).then().statusCode(201);
        String etag = chen().get(CaseApi.CASES + caseId).then().statusCode(200).extract().header("ETag");
        chen().header("If-Match", etag).body(Map.of("to", "DECIDED_ON_THE_SPOT", "proposedFine", 120)).post(CaseApi.CASES + caseId + "/transitions")
                .then().statusCode(200);
        UUID document = UUID.randomUUID();
        chen().body(Map.of("id", document.toString(), "kind", "on-the-spot-decision", "paper", "80")).post(CaseApi.CASES + caseId + "/documents")
                .then().statusCode(201);
        byte[] pdf = chen().get(CaseApi.CASES + caseId + "/documents/" + document + "/pdf").then().statusCode(200).extract().asByteArray();
        assertTrue(SignatureCheck.of(pdf).valid(), "signed in the packaged build too");
    }
}
