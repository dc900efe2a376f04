package org.fieldlaw.security;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICE;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.CITY_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.ENPING_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_BUREAU;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/bureau/** takes only JWTs signed by a registered bureau key (docs/architecture.md §4); officer
 * tokens are refused there, and bureau tokens are refused everywhere else.
 */
@QuarkusTest
class BureauAuthenticationTest {

    private static final String SESSION = "/api/v1/bureau/session";
    private static KeyPair bureauKeys;
    private static KeyPair strangerKeys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        bureauKeys = generator.generateKeyPair();
        strangerKeys = generator.generateKeyPair();
    }

    private static String pem(KeyPair pair) {
        return PublicKeys.toPem(pair.getPublic());
    }

    private static String keys(UUID body) {
        return "/api/v1/agency/bodies/" + body + "/bureau-keys";
    }

    private static String register(UUID body, KeyPair pair) {
        String kid = "pengjiang-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("kid", kid, "publicKeyPem", pem(pair))).post(keys(body))
                .then().statusCode(201);
        return kid;
    }

    private static String bureauToken(String kid, KeyPair pair, String issuer, String audience, long lifetimeSeconds) {
        return Jwt.issuer(issuer).audience(audience).subject("pengjiang-baseline-publisher")
                .expiresIn(lifetimeSeconds).jws().keyId(kid).sign(pair.getPrivate());
    }

    @Test
    void aTokenSignedWithARegisteredKeyOpensTheBureauPaths() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(bureauToken(kid, bureauKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 300)).get(SESSION)
                .then().statusCode(200)
                .body("bodyId", equalTo(PENGJIANG_BUREAU.toString()))
                .body("jurisdictionCode", equalTo(PENGJIANG))
                .body("kid", equalTo(kid))
                .body("subject", equalTo("pengjiang-baseline-publisher"));
    }

    @Test
    void anOfficersTokenIsRefusedOnBureauPaths() {
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).get(SESSION)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBureauTokenIsRefusedOnOfficerPaths() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(bureauToken(kid, bureauKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 300))
                .get("/api/v1/agency/me").then().statusCode(401);
    }

    @Test
    void noTokenOnABureauPathIs401() {
        given().get(SESSION).then().statusCode(401).body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyUnderARegisteredKidIsRefused() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(bureauToken(kid, strangerKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 300)).get(SESSION)
                .then().statusCode(401);
    }

    @Test
    void anUnknownKidWrongIssuerWrongAudienceOrLongLifetimeIsRefused() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(bureauToken("no-such-kid", bureauKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 300))
                .get(SESSION).then().statusCode(401);
        given().auth().oauth2(bureauToken(kid, bureauKeys, ENPING_BUREAU.toString(), "fieldlaw", 300))
                .get(SESSION).then().statusCode(401);
        given().auth().oauth2(bureauToken(kid, bureauKeys, PENGJIANG_BUREAU.toString(), "another-service", 300))
                .get(SESSION).then().statusCode(401);
        given().auth().oauth2(bureauToken(kid, bureauKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 7 * 24 * 3600))
                .get(SESSION).then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get(SESSION).then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get(SESSION).then().statusCode(401);
    }

    @Test
    void anAdminListsTheBureausKeysWithTheirRevocation() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).get(keys(PENGJIANG_BUREAU))
                .then().statusCode(200).body("items.kid", org.hamcrest.Matchers.hasItem(kid))
                .body("items.find { it.kid == '" + kid + "' }.revokedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        String token = bureauToken(kid, bureauKeys, PENGJIANG_BUREAU.toString(), "fieldlaw", 300);
        given().auth().oauth2(token).get(SESSION).then().statusCode(200);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).delete(keys(PENGJIANG_BUREAU) + "/" + kid)
                .then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(token).get(SESSION).then().statusCode(401);
    }

    @Test
    void keysAreRegisteredOnlyByAnAdminOfTheBureausJurisdictionAndOnlyForBureaus() {
        Map<String, Object> body = Map.of("kid", "k-" + UUID.randomUUID(), "publicKeyPem", pem(bureauKeys));
        given().auth().oauth2(Tokens.of(BAISHA_OFFICER, Roles.OFFICER)).contentType(ContentType.JSON).body(body)
                .post(keys(PENGJIANG_BUREAU)).then().statusCode(403);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON).body(body)
                .post(keys(ENPING_BUREAU)).then().statusCode(404);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON).body(body)
                .post(keys(BAISHA_OFFICE)).then().statusCode(400);
        given().contentType(ContentType.JSON).body(body).post(keys(PENGJIANG_BUREAU)).then().statusCode(401);
        given().auth().oauth2(Tokens.of(CITY_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON).body(body)
                .post(keys(ENPING_BUREAU)).then().statusCode(201);
    }

    @Test
    void aBrokenKeyOrDuplicateKidIsRefused() {
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("kid", "k-" + UUID.randomUUID(), "publicKeyPem", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .post(keys(PENGJIANG_BUREAU)).then().statusCode(400).body("violations[0].field", equalTo("publicKeyPem"));
        String kid = register(PENGJIANG_BUREAU, bureauKeys);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("kid", kid, "publicKeyPem", pem(bureauKeys))).post(keys(PENGJIANG_BUREAU)).then().statusCode(409);
    }
}
