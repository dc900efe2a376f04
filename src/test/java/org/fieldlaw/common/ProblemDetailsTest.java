package org.fieldlaw.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Errors are RFC 9457 problem details everywhere; operations endpoints are public, the API is not. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void anUnknownPathIsA404Problem() {
        given().get("/no/such/place").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found")).body("instance", equalTo("/no/such/place"));
        given().auth().oauth2(Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER)).get("/api/v1/agency/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAddressOverTheLengthLimitIsA414ProblemThatDoesNotEchoIt() {
        String officer = Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER);
        String longQuery = "a".repeat(5000);
        given().auth().oauth2(officer).get("/api/v1/time?x=" + longQuery).then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("/problems/uri-too-long"))
                .body("title", containsString("URI too long"));
        String longPath = "/api/v1/cases/" + "b".repeat(5000);
        given().get(longPath).then().statusCode(414).contentType("application/problem+json")
                .body("instance.length()", org.hamcrest.Matchers.lessThan(300));
        // Within the limit, the address is served as usual.
        given().auth().oauth2(officer).get("/api/v1/time?x=" + "a".repeat(3000)).then().statusCode(200);
    }

    /** The API's 8 MB limit holds for a body sent in chunks too: one of unstated length is refused before it is read. */
    @Test
    void aChunkedBodyOnAnApiPathIsA411Problem() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] body = ("{\"deviceId\":\"" + UUID.randomUUID() + "\",\"operations\":[]}").getBytes();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/sync/push"))
                .header("Authorization", "Bearer " + Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("/problems/length-required"), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().auth().oauth2(Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER)).delete("/api/v1/agency/me")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        given().auth().oauth2(Tokens.of(AgencyFixture.CITY_ADMIN, Roles.BUREAU_ADMIN)).contentType("text/plain").body("hello")
                .post("/api/v1/agency/officers").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void healthIsPublicAndReadinessIncludesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void theServerClockIsGivenInTheLegalZoneToAnySignedInRole() {
        given().auth().oauth2(Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER)).get("/api/v1/time")
                .then().statusCode(200).body("zone", equalTo("Asia/Shanghai"))
                .body("now", org.hamcrest.Matchers.endsWith("+08:00"));
        given().get("/api/v1/time").then().statusCode(401);
        given().auth().oauth2(Tokens.of(AgencyFixture.BAISHA_OFFICER, "visitor")).get("/api/v1/time").then().statusCode(403);
    }

    @Test
    void metricsAndOpenApiArePublic() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/agency/me"));
    }
}
