package org.fieldlaw.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldlaw.agency.BureauKey;
import org.fieldlaw.discretion.DemoBaselines;
import org.fieldlaw.security.PublicKeys;

/**
 * Plays a city or county bureau in tests: one RSA key per bureau for the test run, registered
 * once, used both for the bureau's tokens and for signing its bundles.
 */
@ApplicationScoped
public class Bureaus {

    public record Signer(UUID bodyId, String kid, KeyPair keys) {
    }

    private static final Map<UUID, Signer> SIGNERS = new ConcurrentHashMap<>();

    /** A county refinement of the sample city baseline for 恩平市 (440785), one violation of its own and the given rows. */
    public static String enpingBundle(int version, String effectiveFrom, String rows) {
        return """
                {"authority": {"level": "COUNTY", "code": "440785", "name": "恩平市城市管理和综合执法局"},
                 "baselineName": "恩平市细化（测试）", "version": %d, "effectiveFrom": "%s",
                 "violations": [{"code": "EP-CG-%d", "name": "恩平测试违法行为 %d", "field": "city-management",
                   "breachedProvision": "测试违法依据", "penaltyProvision": "测试处罚依据",
                   "statutory": [{"type": "FINE", "person": {"kind": "FIXED", "min": 100, "max": 500},
                                  "organisation": {"kind": "FIXED", "min": 500, "max": 2000}}]}],
                 "rows": [%s], "lists": []}
                """.formatted(version, effectiveFrom, version, version, rows);
    }

    /** A row inside its parent (JM-CG-001-G of the sample city baseline). */
    public static final String ENPING_ROW = """
            {"id": "EP-CG-001-G", "violationCode": "JM-CG-001", "parentId": "JM-CG-001-G", "tier": "GENERAL",
             "description": "恩平细化", "penalties": [{"type": "FINE", "person": {"kind": "FIXED", "min": 100, "max": 150},
             "organisation": {"kind": "FIXED", "min": 450, "max": 700}}]}""";

    public Signer of(UUID bodyId) {
        return SIGNERS.computeIfAbsent(bodyId, id -> {
            Signer signer = new Signer(id, "test-" + id.toString().substring(0, 8) + "-" + UUID.randomUUID().toString().substring(0, 6), rsa());
            register(signer);
            return signer;
        });
    }

    @Transactional
    void register(Signer signer) {
        BureauKey key = new BureauKey();
        key.kid = signer.kid();
        key.bodyId = signer.bodyId();
        key.publicKeyPem = PublicKeys.toPem(signer.keys().getPublic());
        key.registeredAt = OffsetDateTime.now();
        key.persist();
    }

    public String token(UUID bodyId) {
        Signer signer = of(bodyId);
        return Jwt.issuer(bodyId.toString()).audience("fieldlaw").subject("baseline-publisher").expiresIn(300)
                .jws().keyId(signer.kid()).sign(signer.keys().getPrivate());
    }

    public String sign(UUID bodyId, String payload) {
        return sign(payload, of(bodyId).kid(), of(bodyId).keys());
    }

    public static String sign(String payload, String kid, KeyPair keys) {
        return DemoBaselines.sign(payload, kid, keys);
    }

    public Response publish(UUID bodyId, String signedBundle) {
        return jose().auth().oauth2(token(bodyId)).body(signedBundle).post("/api/v1/bureau/baseline-bundles");
    }

    /** A request whose body is a compact JWS sent as application/jose. */
    public static RequestSpecification jose() {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs("application/jose", ContentType.TEXT)))
                .contentType("application/jose");
    }

    public static String resource(String name) {
        try (InputStream in = Bureaus.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KeyPair rsa() {
        return DemoBaselines.rsa();
    }

    /** The dev sample bundles, published once per test run (again is a no-op that says DUPLICATE). */
    public void ensureSampleBaselines() {
        int city = publish(AgencyFixture.CITY_BUREAU, sign(AgencyFixture.CITY_BUREAU, resource("demo/jiangmen-city-baseline.json")))
                .statusCode();
        int county = publish(AgencyFixture.PENGJIANG_BUREAU,
                sign(AgencyFixture.PENGJIANG_BUREAU, resource("demo/pengjiang-refinement.json"))).statusCode();
        if (city >= 300 || county >= 300) {
            throw new IllegalStateException("sample baselines not published: " + city + ", " + county
                    + " (TEST_DB_URL must name an empty database)");
        }
    }
}
