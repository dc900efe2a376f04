package org.fieldlaw.security;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG;
import static org.fieldlaw.testing.AgencyFixture.ENPING_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_BUREAU;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every way a bearer token can be wrong is refused, for officers (the city's OpenID Connect provider) and for bureau
 * systems (their own registered keys) alike: expired, not yet valid, another issuer or audience, {@code alg: none},
 * HS256 keyed with the public key, a payload changed after signing, a bureau key used for another body or after its
 * revocation. Each answer is a problem, and the good token beside it is taken, so a refusal is the token's fault.
 */
@QuarkusTest
class TokenRefusalTest {

    private static final String ME = "/api/v1/agency/me";
    private static final String BUREAU_SESSION = "/api/v1/bureau/session";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Bureaus bureaus;

    private static void refusedAsOfficer(String token) {
        given().auth().oauth2(token).get(ME).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    private static void refusedAsBureau(String token) {
        given().auth().oauth2(token).get(BUREAU_SESSION).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    private static String officerToken() {
        return Tokens.of(BAISHA_OFFICER, Roles.OFFICER);
    }

    private String bureauToken(String issuer, long expiresAt) {
        Bureaus.Signer signer = bureaus.of(PENGJIANG_BUREAU);
        return Jwt.issuer(issuer).audience("fieldlaw").subject("publisher").issuedAt(expiresAt - 300).expiresAt(expiresAt)
                .jws().keyId(signer.kid()).sign(signer.keys().getPrivate());
    }

    @Test
    void theGoodTokensBesideTheBadOnesAreTaken() {
        given().auth().oauth2(officerToken()).get(ME).then().statusCode(200);
        given().auth().oauth2(bureauToken(PENGJIANG_BUREAU.toString(), Instant.now().getEpochSecond() + 300)).get(BUREAU_SESSION)
                .then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long anHourAgo = Instant.now().getEpochSecond() - 3600;
        refusedAsOfficer(Tokens.claims(BAISHA_OFFICER, Roles.OFFICER).issuedAt(anHourAgo - 600).expiresAt(anHourAgo).sign());
        refusedAsBureau(bureauToken(PENGJIANG_BUREAU.toString(), anHourAgo));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        long inAnHour = Instant.now().getEpochSecond() + 3600;
        refusedAsOfficer(Tokens.claims(BAISHA_OFFICER, Roles.OFFICER).claim("nbf", inAnHour).expiresAt(inAnHour + 600).sign());
        Bureaus.Signer signer = bureaus.of(PENGJIANG_BUREAU);
        refusedAsBureau(Jwt.issuer(PENGJIANG_BUREAU.toString()).audience("fieldlaw").subject("publisher").claim("nbf", inAnHour)
                .expiresAt(inAnHour + 60)
                .jws().keyId(signer.kid()).sign(signer.keys().getPrivate()));
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceIsRefused() {
        refusedAsOfficer(Tokens.claims(BAISHA_OFFICER, Roles.OFFICER).issuer("https://elsewhere.example.com").sign());
        refusedAsOfficer(Tokens.claims(BAISHA_OFFICER, Roles.OFFICER).audience("another-client").sign());
        Bureaus.Signer signer = bureaus.of(PENGJIANG_BUREAU);
        refusedAsBureau(Jwt.issuer(PENGJIANG_BUREAU.toString()).audience("another-service").subject("publisher").expiresIn(300)
                .jws().keyId(signer.kid()).sign(signer.keys().getPrivate()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refusedAsOfficer(withHeader(officerToken(), Map.of("alg", "none", "typ", "JWT"), ""));
        String bureau = bureauToken(PENGJIANG_BUREAU.toString(), Instant.now().getEpochSecond() + 300);
        refusedAsBureau(withHeader(bureau, Map.of("alg", "none", "typ", "JWT", "kid", kidOf(bureau)), ""));
    }

    /** The old confusion: a verifier that takes the algorithm from the token would check an HMAC keyed with the public key. */
    @Test
    void aTokenSignedWithHs256KeyedWithThePublicKeyIsRefused() throws Exception {
        String officer = officerToken();
        refusedAsOfficer(hmacSigned(officer, providerPublicKeyPem(kidOf(officer))));
        String bureau = bureauToken(PENGJIANG_BUREAU.toString(), Instant.now().getEpochSecond() + 300);
        refusedAsBureau(hmacSigned(bureau, PublicKeys.toPem(bureaus.of(PENGJIANG_BUREAU).keys().getPublic())));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() throws Exception {
        String officer = officerToken();
        refusedAsOfficer(withPayload(officer, p -> p.putArray("groups").add(Roles.OFFICER).add(Roles.BUREAU_ADMIN)));
        String bureau = bureauToken(PENGJIANG_BUREAU.toString(), Instant.now().getEpochSecond() + 300);
        refusedAsBureau(withPayload(bureau, p -> p.put("iss", ENPING_BUREAU.toString())));
        refusedAsBureau(withPayload(bureau, p -> p.put("exp", Instant.now().getEpochSecond() + 30 * 24 * 3600)));
    }

    /** A registered key speaks for its own bureau only: not as another body, and not for another county's baseline. */
    @Test
    void aBureauKeyUsedOutsideItsCountyIsRefused() {
        refusedAsBureau(bureauToken(ENPING_BUREAU.toString(), Instant.now().getEpochSecond() + 300));
        String enpingBaseline = Bureaus.enpingBundle(90, "2025-01-01", Bureaus.ENPING_ROW);
        bureaus.publish(PENGJIANG_BUREAU, bureaus.sign(PENGJIANG_BUREAU, enpingBaseline)).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/outside-jurisdiction"));
    }

    /** An officer token may name a jurisdiction; naming another than the officer's own is refused. */
    @Test
    void anOfficerTokenClaimingAnotherJurisdictionIsRefused() {
        given().auth().oauth2(Tokens.withJurisdiction(BAISHA_OFFICER, ENCHENG, Roles.OFFICER)).get(ME).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
    }

    @Test
    void aRevokedBureauKeyIsRefusedAtOnce() throws Exception {
        Bureaus.Signer signer = new Bureaus.Signer(PENGJIANG_BUREAU, "revoked-" + System.nanoTime(), Bureaus.rsa());
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)).contentType("application/json")
                .body(Map.of("kid", signer.kid(), "publicKeyPem", PublicKeys.toPem(signer.keys().getPublic())))
                .post("/api/v1/agency/bodies/" + PENGJIANG_BUREAU + "/bureau-keys").then().statusCode(201);
        String token = Jwt.issuer(PENGJIANG_BUREAU.toString()).audience("fieldlaw").subject("publisher").expiresIn(300).jws().keyId(signer.kid())
                .sign(signer.keys().getPrivate());
        given().auth().oauth2(token).get(BUREAU_SESSION).then().statusCode(200);
        given().auth().oauth2(Tokens.of(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN))
                .delete("/api/v1/agency/bodies/" + PENGJIANG_BUREAU + "/bureau-keys/" + signer.kid()).then().statusCode(200);
        refusedAsBureau(token);
    }

    private static String kidOf(String token) {
        return JsonPath.from(new String(UNB64.decode(token.split("\\.")[0]), StandardCharsets.UTF_8)).getString("kid");
    }

    private static String withHeader(String token, Map<String, String> header, String signature) {
        try {
            String[] parts = token.split("\\.");
            return B64.encodeToString(JSON.writeValueAsBytes(header)) + "." + parts[1] + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacSigned(String token, String secret) throws Exception {
        String unsigned = withHeader(token, Map.of("alg", "HS256", "typ", "JWT", "kid", kidOf(token)), "");
        unsigned = unsigned.substring(0, unsigned.length() - 1);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return unsigned + "." + B64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
    }

    private interface PayloadChange {
        void apply(ObjectNode payload);
    }

    /** The same header and signature over a payload that is no longer the one signed. */
    private static String withPayload(String token, PayloadChange change) throws Exception {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(UNB64.decode(parts[1]));
        change.apply(payload);
        return parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
    }

    /** The provider's public key as anyone can fetch it from its key set. */
    private static String providerPublicKeyPem(String kid) throws Exception {
        String base = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        List<Map<String, Object>> keys = given().get(base + "protocol/openid-connect/certs").then().statusCode(200).extract()
                .jsonPath().getList("keys");
        Map<String, Object> key = keys.stream().filter(k -> kid == null || kid.equals(k.get("kid"))).findFirst().orElse(keys.get(0));
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, UNB64.decode((String) key.get("n"))), new BigInteger(1, UNB64.decode((String) key.get("e")))));
        return PublicKeys.toPem(publicKey);
    }
}
