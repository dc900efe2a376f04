package org.fieldlaw.security;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER_ID;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.ENPING_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, three refusals (docs/architecture.md §6): no token is 401, a role the endpoint does not
 * admit is 403, and a caller whose jurisdiction does not cover the target gets 403 or 404.
 * The feature tests show the right role succeeding.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** A caller: username and the role its token carries. */
    record As(String username, String role) {
    }

    record Endpoint(String method, String path, Object body, As wrongRole, As otherJurisdiction, String contentType) {
        Endpoint(String method, String path, Object body, As wrongRole, As otherJurisdiction) {
            this(method, path, body, wrongRole, otherJurisdiction, "application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final UUID BAISHA_CERT = AgencyFixture.id("certificate-T-44070301001");
    private static final UUID SOME_MATTER = UUID.randomUUID();
    private static final As OFFICER = new As(BAISHA_OFFICER, Roles.OFFICER);
    private static final As SUPERVISOR = new As(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
    private static final As ENCHENG = new As(ENCHENG_OFFICER, Roles.OFFICER);
    private static final As ENCHENG_AS_ADMIN = new As(ENCHENG_OFFICER, Roles.BUREAU_ADMIN);
    private static final As ENCHENG_AS_SUPERVISOR = new As(ENCHENG_OFFICER, Roles.SUPERVISOR);
    private static final As PENGJIANG_AS_ADMIN = new As(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN);
    private static final As NOBODY_ROLE = new As(BAISHA_OFFICER, "visitor");
    private static final As AUDITOR = new As(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
    private static final UUID MATRIX_CASE = AgencyFixture.id("matrix-case");
    private static final String CASE = "/api/v1/cases/" + MATRIX_CASE;
    private static final UUID MATRIX_UPLOAD = AgencyFixture.id("matrix-upload");
    private static final String UPLOAD = "/api/v1/uploads/" + MATRIX_UPLOAD;
    /** tus metadata naming the matrix case and the upload's own id (creation is then idempotent). */
    private static final String UPLOAD_METADATA = "caseId " + b64(MATRIX_CASE.toString()) + ",id " + b64(MATRIX_UPLOAD.toString());

    private static String b64(String value) {
        return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Inject
    Bureaus bureaus;

    static Stream<Endpoint> endpoints() {
        Map<String, Object> officer = Map.of("username", "matrix", "name", "矩阵", "bodyId", BAISHA_OFFICE.toString());
        Map<String, Object> certificate = Map.of("number", "M-1", "issuingAuthority", "广东省人民政府",
                "fields", List.of("city-management"), "areaCode", BAISHA, "validFrom", "2025-01-01", "validTo", "2026-12-31");
        Map<String, Object> suspension = Map.of("from", "2026-01-01", "reason", "x");
        Map<String, Object> grant = Map.of("matterCode", "M", "matterName", "m", "field", "f",
                "effectiveFrom", "2025-01-01", "legalBasis", "b");
        Map<String, Object> revocation = Map.of("revokedFrom", "2026-01-01", "basis", "b");
        Map<String, Object> year = Map.of("source", "s", "days", List.of());
        Map<String, Object> key = Map.of("kid", "matrix-key", "publicKeyPem", "x");
        String officers = "/api/v1/agency/officers";
        String certs = officers + "/" + BAISHA_OFFICER_ID + "/certificates";
        String matters = "/api/v1/agency/towns/" + BAISHA + "/devolved-matters";
        Map<String, Object> assessment = Map.of("violationCode", "JM-CG-001", "actDate", "2026-03-02", "placeCode", BAISHA,
                "party", Map.of("kind", "PERSON", "idNumber", "440703198506120022"));
        return Stream.of(
                new Endpoint("GET", "/api/v1/agency/me", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/agency/jurisdictions/" + BAISHA, null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/agency/bodies", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/agency/bodies/" + BAISHA_OFFICE + "/authority?matter=M", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("GET", matters, null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", matters, grant, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("PUT", matters + "/" + SOME_MATTER + "/revocation", revocation, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("GET", officers, null, OFFICER, null),
                new Endpoint("GET", officers + "/" + BAISHA_OFFICER_ID, null, OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("POST", officers, officer, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("PUT", officers + "/" + BAISHA_OFFICER_ID, officer, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("GET", certs, null, OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("POST", certs, certificate, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("PUT", certs + "/" + BAISHA_CERT, certificate, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("PUT", certs + "/" + BAISHA_CERT + "/suspension", suspension, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("DELETE", certs + "/" + BAISHA_CERT + "/suspension", null, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("GET", "/api/v1/agency/calendar/2026", null, NOBODY_ROLE, null),
                new Endpoint("PUT", "/api/v1/agency/calendar/2040", year, SUPERVISOR, PENGJIANG_AS_ADMIN),
                new Endpoint("GET", "/api/v1/agency/calendar/deadline?from=2026-01-05&workingDays=3", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/agency/calendar/working-days?from=2026-01-05&to=2026-01-09", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/agency/bodies/" + PENGJIANG_BUREAU + "/bureau-keys", null, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("POST", "/api/v1/agency/bodies/" + PENGJIANG_BUREAU + "/bureau-keys", key, SUPERVISOR, ENCHENG_AS_ADMIN),
                new Endpoint("DELETE", "/api/v1/agency/bodies/" + ENPING_BUREAU + "/bureau-keys/none", null, SUPERVISOR, PENGJIANG_AS_ADMIN),
                new Endpoint("GET", "/api/v1/bureau/session", null, OFFICER, null),
                new Endpoint("GET", "/api/v1/bureau/record-checkpoints/latest", null, OFFICER, null),
                new Endpoint("POST", "/api/v1/personal-data-views/search", java.util.Map.of(), SUPERVISOR, null),
                new Endpoint("POST", "/api/v1/bureau/baseline-bundles", "x.y.z", OFFICER, null, "text/plain"),
                new Endpoint("POST", "/api/v1/discretion/assessments", assessment, new As(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR),
                        new As(ENCHENG_OFFICER, Roles.OFFICER)),
                new Endpoint("GET", "/api/v1/discretion/violations?q=占道", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/discretion/violations/JM-CG-001", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/discretion/bundle", null, NOBODY_ROLE, null),
                new Endpoint("GET", "/api/v1/cases", null, NOBODY_ROLE, null),
                new Endpoint("PUT", CASE, CaseApi.vending(CaseApi.ADULT_ID), AUDITOR, ENCHENG),
                new Endpoint("GET", CASE, null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", CASE + "/transitions", Map.of("to", "FILED"), AUDITOR, ENCHENG),
                new Endpoint("POST", CASE + "/events", Map.of("kind", "DEFENCE", "text", "x"), AUDITOR, ENCHENG),
                new Endpoint("GET", CASE + "/record", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", CASE + "/record/verification", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", "/api/v1/uploads", null, AUDITOR, ENCHENG),
                new Endpoint("HEAD", UPLOAD, null, AUDITOR, ENCHENG),
                new Endpoint("PATCH", UPLOAD, new byte[10], AUDITOR, ENCHENG, "application/offset+octet-stream"),
                new Endpoint("GET", CASE + "/evidence", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("GET", "/api/v1/evidence/" + MATRIX_UPLOAD + "/content", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("GET", "/api/v1/publications", null, OFFICER, null),
                new Endpoint("POST", "/api/v1/publications/" + MATRIX_CASE + "/publish", null, OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("GET", "/api/v1/sites", null, NOBODY_ROLE, null),
                new Endpoint("POST", "/api/v1/sites/reports", siteReport(), AUDITOR, ENCHENG),
                new Endpoint("GET", SITE, null, NOBODY_ROLE, ENCHENG),
                new Endpoint("PUT", SITE + "/status", Map.of("status", "CONFIRMED_ILLEGAL"), AUDITOR, ENCHENG),
                new Endpoint("GET", SITE + "/visits", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", SITE + "/visits", siteVisit(), AUDITOR, ENCHENG),
                new Endpoint("GET", SITE + "/alarms", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("GET", SITE + "/record", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", SITE + "/case", Map.of("caseId", UUID.randomUUID().toString(), "officers",
                        List.of(Map.of("officerId", AgencyFixture.CASE_OFFICER_A_ID.toString()))), AUDITOR, ENCHENG),
                new Endpoint("GET", "/api/v1/alarms", null, OFFICER, null),
                new Endpoint("GET", "/api/v1/hotspots", null, OFFICER, null),
                new Endpoint("POST", "/api/v1/alarms/" + UUID.randomUUID() + "/acknowledgement", null, OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("GET", "/api/v1/patrols", null, NOBODY_ROLE, null),
                new Endpoint("PUT", PATROL, matrixPatrol(), AUDITOR, ENCHENG),
                new Endpoint("GET", PATROL, null, NOBODY_ROLE, ENCHENG),
                new Endpoint("POST", PATROL + "/track", Map.of("points", List.of(Map.of("at", "2026-11-02T08:05:00+08:00",
                        "latitude", 22.3, "longitude", 112.9))), AUDITOR, ENCHENG),
                new Endpoint("GET", PATROL + "/track", null, NOBODY_ROLE, ENCHENG),
                new Endpoint("GET", "/api/v1/patrol-assignments", null, NOBODY_ROLE, null),
                new Endpoint("GET", ASSIGNMENT, null, NOBODY_ROLE, ENCHENG),
                new Endpoint("PUT", ASSIGNMENT, matrixAssignment(), OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("DELETE", ASSIGNMENT, null, OFFICER, ENCHENG_AS_SUPERVISOR),
                new Endpoint("GET", "/api/v1/sync/changes", null, NOBODY_ROLE, null),
                new Endpoint("PUT", "/api/v1/sync/devices/" + UUID.randomUUID(), Map.of("name", "x"), AUDITOR, null),
                new Endpoint("GET", "/api/v1/sync/devices", null, AUDITOR, null),
                new Endpoint("POST", "/api/v1/sync/push", Map.of("deviceId", MATRIX_DEVICE.toString(), "operations", List.of(Map.of(
                        "id", UUID.randomUUID().toString(), "kind", "CASE_CREATE", "targetId", UUID.randomUUID().toString(),
                        "body", Map.of()))), AUDITOR, ENCHENG),
                new Endpoint("GET", "/api/v1/sync/status?device=" + MATRIX_DEVICE, null, AUDITOR, ENCHENG),
                new Endpoint("GET", "/api/v1/sync/conflicts", null, NOBODY_ROLE, null),
                new Endpoint("POST", "/api/v1/sync/conflicts/" + UUID.randomUUID() + "/resolution", Map.of("resolution", "x"), AUDITOR,
                        ENCHENG_AS_SUPERVISOR));
    }

    private static final UUID MATRIX_DEVICE = AgencyFixture.id("matrix-device");

    private static final String PATROL = "/api/v1/patrols/" + AgencyFixture.id("matrix-patrol");
    private static final String ASSIGNMENT = "/api/v1/patrol-assignments/" + AgencyFixture.id("matrix-assignment");

    private static Map<String, Object> matrixPatrol() {
        return Map.of("placeCode", BAISHA, "officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(),
                AgencyFixture.CASE_OFFICER_B_ID.toString()), "startedAt", "2026-11-02T08:00:00+08:00");
    }

    private static Map<String, Object> matrixAssignment() {
        return Map.of("placeCode", BAISHA, "areaName", "矩阵测试片区", "everyWorkingDays", 3);
    }

    private static final UUID MATRIX_SITE = AgencyFixture.id("matrix-site");
    private static final String SITE = "/api/v1/sites/" + MATRIX_SITE;

    private static Map<String, Object> observation() {
        return Map.of("kind", "NEW_BUILDING", "floors", 1, "constructionInProgress", true, "permitStatus", "NONE");
    }

    /** A report placing the matrix site in 白沙 (far from other tests' sites); its fixed visit id makes it idempotent. */
    private static Map<String, Object> siteReport() {
        return Map.of("siteId", MATRIX_SITE.toString(), "visitId", AgencyFixture.id("matrix-visit").toString(), "placeCode", BAISHA,
                "address", "矩阵测试地块", "planningArea", "URBAN_OR_TOWN", "visitedAt", "2026-11-02T09:30:00+08:00",
                "point", Map.of("latitude", 22.3, "longitude", 112.9), "observation", observation());
    }

    private static Map<String, Object> siteVisit() {
        return Map.of("visitId", UUID.randomUUID().toString(), "visitedAt", "2026-11-03T09:30:00+08:00",
                "point", Map.of("latitude", 22.3, "longitude", 112.9), "observation", observation());
    }

    /** A case in 白沙 that the case endpoints above act on; creating it is idempotent. */
    @BeforeEach
    void matrixCase() {
        bureaus.ensureSampleBaselines();
        CaseApi.officer().body(CaseApi.vending(CaseApi.ADULT_ID)).put(CASE).then().statusCode(oneOf(200, 201));
        given().auth().oauth2(Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", 10).header("Upload-Metadata", UPLOAD_METADATA).post("/api/v1/uploads").then().statusCode(201);
        CaseApi.officer().body(siteReport()).post("/api/v1/sites/reports").then().statusCode(oneOf(200, 201));
        CaseApi.officer().body(matrixPatrol()).put(PATROL).then().statusCode(oneOf(200, 201));
        CaseApi.supervisor().body(matrixAssignment()).put(ASSIGNMENT).then().statusCode(oneOf(200, 201));
        CaseApi.officer().body(Map.of("name", "矩阵测试终端")).put("/api/v1/sync/devices/" + MATRIX_DEVICE).then().statusCode(oneOf(200, 201));
    }

    private static RequestSpecification request(Endpoint e, As caller) {
        // The tus headers let upload requests reach the check under test; other endpoints ignore them.
        RequestSpecification spec = given().contentType(e.contentType()).header("If-Match", "\"0\"")
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", 10).header("Upload-Metadata", UPLOAD_METADATA)
                .header("Upload-Offset", 0);
        if (caller != null) {
            spec.auth().oauth2(Tokens.of(caller.username(), caller.role()));
        }
        if (e.body() instanceof byte[] bytes) {
            spec.body(bytes);
        } else if (e.body() != null) {
            spec.body(e.body());
        }
        return spec;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenTheAnswerIs401(Endpoint e) {
        var response = request(e, null).request(e.method(), e.path()).then().statusCode(401);
        if (!"HEAD".equals(e.method())) {
            response.contentType("application/problem+json").body("status", equalTo(401));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aRoleTheEndpointDoesNotAdmitIsRefused(Endpoint e) {
        // Bureau paths take no officer token at all, whatever its roles: that refusal is a 401.
        int expected = e.path().startsWith("/api/v1/bureau/") ? 401 : 403;
        var response = request(e, e.wrongRole()).request(e.method(), e.path()).then().statusCode(expected);
        if (!"HEAD".equals(e.method())) {
            response.contentType("application/problem+json");
        }
    }

    /** Reference data, one's own profile and the bureau paths have no other jurisdiction to refuse. */
    static Stream<Endpoint> scopedEndpoints() {
        return endpoints().filter(e -> e.otherJurisdiction() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopedEndpoints")
    void aCallerOfAnotherJurisdictionIsRefused(Endpoint e) {
        var response = request(e, e.otherJurisdiction()).request(e.method(), e.path()).then().statusCode(oneOf(403, 404));
        if (!"HEAD".equals(e.method())) {
            response.contentType("application/problem+json");
        }
    }
}
