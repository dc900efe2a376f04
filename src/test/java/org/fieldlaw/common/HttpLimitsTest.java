package org.fieldlaw.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Slow clients and floods (issue 16): writes per caller are held to a burst and a rate (past them 429 with Retry-After
 * and a problem, nothing of the refused request written; reads and other callers go on; after the wait the caller
 * writes again), and a client that stops sending in the middle of a request is cut after the idle timeout.
 */
@QuarkusTest
@TestProfile(HttpLimitsTest.Tight.class)
class HttpLimitsTest {

    /** A burst of three writes, then one every two seconds; two seconds of silence end a connection (60 s in production). */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fieldlaw.http.write-rate.burst", "3", "fieldlaw.http.write-rate.per-second", "0.5",
                    "quarkus.http.idle-timeout", "2s");
        }
    }

    /** Sends {@code start} and then nothing; how long the service keeps the connection open, in milliseconds. */
    private static long heldOpenAfter(String start) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            long sent = System.nanoTime();
            try {
                while (socket.getInputStream().read() != -1) {
                    // an answer, if any, is read to its end; the close is what is timed
                }
            } catch (SocketException closed) {
                // a reset is a close too
            }
            return (System.nanoTime() - sent) / 1_000_000;
        }
    }

    @Test
    void aClientThatStopsSendingMidBodyOrMidHeaderIsCutAfterTheIdleTimeout() throws Exception {
        String token = Tokens.of(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER);
        long midBody = heldOpenAfter("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"deviceId\":");
        long midHeader = heldOpenAfter("GET /api/v1/agency/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor");
        assertTrue(midBody >= 1_500 && midBody < 15_000, "a stalled body is cut after about 2 s, not held: " + midBody + " ms");
        assertTrue(midHeader >= 1_500 && midHeader < 15_000, "a stalled request line is cut too: " + midHeader + " ms");
        given().auth().oauth2(token).get("/api/v1/agency/me").then().statusCode(200);
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
