package org.fieldlaw.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Writes per caller are held to a burst and a rate (issue 16): past them 429 with Retry-After and a problem, nothing
 * of the refused request written; reads and other callers go on; after the wait the caller writes again.
 */
@QuarkusTest
@TestProfile(WriteRateLimitTest.Tight.class)
class WriteRateLimitTest {

    /** A burst of three writes, then one every two seconds. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fieldlaw.http.write-rate.burst", "3", "fieldlaw.http.write-rate.per-second", "0.5");
        }
    }

    private static int register(String token, UUID device) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "限流测试手机"))
                .put("/api/v1/sync/devices/" + device).then().extract().statusCode();
    }

    @Test
    void writesPastTheBurstAreRefusedWith429UntilTheBucketRefills() throws InterruptedException {
        String officer = Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, register(officer, UUID.randomUUID()));
        }
        UUID refused = UUID.randomUUID();
        String retryAfter = given().auth().oauth2(officer).contentType("application/json").body(Map.of("name", "限流测试手机"))
                .put("/api/v1/sync/devices/" + refused).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests")).extract().header("Retry-After");
        assertEquals("2", retryAfter);
        given().auth().oauth2(officer).get("/api/v1/sync/devices").then().statusCode(200)
                .body("items.id", not(hasItem(refused.toString())));
        String another = Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        assertEquals(201, register(another, UUID.randomUUID()), "another caller has a bucket of its own");
        Thread.sleep(Long.parseLong(retryAfter) * 1000 + 100);
        assertEquals(201, register(officer, refused), "after Retry-After the write goes through");
    }
}
