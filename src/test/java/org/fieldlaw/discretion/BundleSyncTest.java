package org.fieldlaw.discretion;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.CITY_BUREAU;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.ENPING_BUREAU;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.BureauKeyDirectory;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bureaus publish signed bundles (docs/architecture.md §4): signature checked before anything is read, a
 * county touches only its county, refinements stay inside their parents, the whole bundle or
 * nothing, the same bundle twice is a no-op, every attempt audited, every replica told.
 * 恩平市's versions land in order here, so the methods run in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundleSyncTest {

    @Inject
    Bureaus bureaus;

    @Inject
    BureauKeyDirectory keyDirectory;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    @Transactional
    long bundlesOf(String authority) {
        return BaselineBundle.count("authorityCode", authority);
    }

    @Transactional
    long audits(String digest, BundleImportAudit.Outcome outcome) {
        return BundleImportAudit.count("digest = ?1 and outcome = ?2", digest, outcome);
    }

    @Test
    @Order(1)
    void theSameBundleTwiceIsANoOpThatSaysSo() {
        String signed = bureaus.sign(CITY_BUREAU, Bureaus.resource("demo/jiangmen-city-baseline.json"));
        long before = bundlesOf("440700");
        bureaus.publish(CITY_BUREAU, signed).then().statusCode(200).body("outcome", equalTo("DUPLICATE"))
                .body("authorityCode", equalTo("440700")).body("violations", equalTo(14));
        assertEquals(before, bundlesOf("440700"), "nothing new was stored");
        assertTrue(audits(BundleImportService.sha256(signed), BundleImportAudit.Outcome.DUPLICATE) >= 1);
        assertEquals(1, audits(BundleImportService.sha256(signed), BundleImportAudit.Outcome.IMPORTED));
    }

    @Test
    @Order(2)
    void aBundleWhoseSignatureDoesNotVerifyIsRefusedAndAudited() {
        KeyPair stranger = Bureaus.rsa();
        String forged = Bureaus.sign(Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW), bureaus.of(ENPING_BUREAU).kid(), stranger);
        bureaus.publish(ENPING_BUREAU, forged).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-signature"));
        assertEquals(0, bundlesOf("440785"));
        assertEquals(1, audits(BundleImportService.sha256(forged), BundleImportAudit.Outcome.REJECTED));
    }

    @Test
    @Order(3)
    void aBundleSignedWithAnotherBureausKeyIsRefused() {
        String signedByCity = bureaus.sign(CITY_BUREAU, Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW));
        bureaus.publish(ENPING_BUREAU, signedByCity).then().statusCode(400).body("type", equalTo("/problems/bad-signature"));
        bureaus.publish(ENPING_BUREAU, "not a jws").then().statusCode(400).body("type", equalTo("/problems/bad-signature"));
        assertEquals(0, bundlesOf("440785"));
    }

    @Test
    @Order(4)
    void anUnknownBureauOrAnOfficerCannotPublish() {
        KeyPair unknown = Bureaus.rsa();
        String token = Jwt.issuer(ENPING_BUREAU.toString()).audience("fieldlaw").expiresIn(300).jws().keyId("nobody")
                .sign(unknown.getPrivate());
        Bureaus.jose().auth().oauth2(token).body("x.y.z").post("/api/v1/bureau/baseline-bundles")
                .then().statusCode(401);
        Bureaus.jose().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.BUREAU_ADMIN)).body("x.y.z")
                .post("/api/v1/bureau/baseline-bundles").then().statusCode(401);
        Bureaus.jose().body("x.y.z").post("/api/v1/bureau/baseline-bundles").then().statusCode(401);
    }

    @Test
    @Order(5)
    void aCountyMayPublishOnlyItsOwnCountysBaseline() {
        String pengjiang = Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW).replace("\"440785\"", "\"440703\"");
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, pengjiang)).then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        assertEquals(0, bundlesOf("440785"));
    }

    @Test
    @Order(6)
    void aRefinementOutsideItsParentIsRefusedWholeWithEveryOffendingRowNamed() {
        String rows = Bureaus.ENPING_ROW + """
                , {"id": "EP-BAD-1", "violationCode": "JM-CG-001", "parentId": "JM-CG-001-G", "tier": "GENERAL",
                   "penalties": [{"type": "FINE", "person": {"kind": "FIXED", "min": 90, "max": 150},
                   "organisation": {"kind": "FIXED", "min": 450, "max": 700}}]}
                , {"id": "EP-BAD-2", "violationCode": "JM-CG-004", "tier": "HEAVIER",
                   "penalties": [{"type": "FINE", "standard": {"kind": "FIXED", "min": 40000, "max": 200000}}]}""";
        Bureaus.jose().auth().oauth2(bureaus.token(ENPING_BUREAU))
                .body(bureaus.sign(ENPING_BUREAU, Bureaus.enpingBundle(1, "2025-01-01", rows))).post("/api/v1/bureau/baseline-bundles")
                .then().statusCode(422).body("type", equalTo("/problems/refinement"))
                .body("violations.field", hasItems("rows.EP-BAD-1", "rows.EP-BAD-2"))
                .body("violations.field", org.hamcrest.Matchers.not(hasItem("rows.EP-CG-001-G")));
        assertEquals(0, bundlesOf("440785"), "nothing of the bundle was stored");
    }

    @Test
    @Order(7)
    void aBundleWithFaultsInItsShapeNamesEachPlace() {
        String broken = """
                {"authority": {"level": "COUNTY", "code": "440785"}, "version": 1, "effectiveFrom": "2025-01-01",
                 "effectiveTo": "2024-12-31",
                 "rows": [{"id": "X", "violationCode": "JM-CG-001", "tier": "SEVERE",
                           "penalties": [{"type": "FINE", "standard": {"kind": "FIXED", "min": 10}}]}]}""";
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, broken)).then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItems("baselineName", "effectiveTo", "rows[0].tier", "rows[0].penalties[0].standard.max"));
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, "{not json")).then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    @Order(8)
    void aRefinementInsideItsParentLandsAndAppliesInItsCountyOnly() {
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW)))
                .then().statusCode(201).body("outcome", equalTo("IMPORTED")).body("version", equalTo(1)).body("rows", equalTo(1));
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/discretion/violations/JM-CG-001")
                .then().statusCode(200).body("rows.id", hasItem("EP-CG-001-G"))
                .body("rows.id", org.hamcrest.Matchers.not(hasItem("JM-CG-001-G")));
    }

    @Test
    @Order(9)
    void theSameVersionWithOtherContentIsAConflictAndVersionsMustNotGoBack() {
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, Bureaus.enpingBundle(1, "2025-02-01", Bureaus.ENPING_ROW)))
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, Bureaus.enpingBundle(2, "2024-12-01", Bureaus.ENPING_ROW)))
                .then().statusCode(409);
        assertEquals(1, bundlesOf("440785"));
    }

    @Test
    @Order(9)
    void theSameDocumentSignedAgainIsTheSameBundleThoughItsEcdsaSignatureDiffers() throws Exception {
        // Before, a bundle was known by the bytes of its JWS: the enping version landed above, signed again with
        // ES256 (a new signature every time), was refused as "this version exists with other content".
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = generator.generateKeyPair();
        String kid = "ec-" + UUID.randomUUID().toString().substring(0, 8);
        keyDirectory.register(ENPING_BUREAU, kid, ec.getPublic());
        String once = es256(Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW), kid, ec);
        String twice = es256(Bureaus.enpingBundle(1, "2025-01-01", Bureaus.ENPING_ROW), kid, ec);
        assertNotEquals(once, twice);
        bureaus.publish(ENPING_BUREAU, twice).then().statusCode(200).body("outcome", equalTo("DUPLICATE")).body("version", equalTo(1));
        assertEquals(1, bundlesOf("440785"));
    }

    static String es256(String payload, String kid, KeyPair keys) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(keys.getPrivate());
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    @Order(10)
    void aReplicaHearsOfABundleLandedByAnotherAndReloads() throws Exception {
        String code = "EP-CG-2";
        given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER)).get("/api/v1/discretion/violations/" + code)
                .then().statusCode(404);
        // Another replica verified and stored version 2, then announced it: this replica only hears the notice.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into baseline_bundle (id, body_id, authority_level, authority_code, baseline_name, version,
                        effective_from, digest, kid, payload, jws, received_at)
                    values (?, ?, 'COUNTY', '440785', '恩平市细化（测试）', 2, date '2025-06-01', ?, 'other-replica', cast(? as jsonb), 'x', now())""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, ENPING_BUREAU);
                insert.setString(3, BundleImportService.sha256(UUID.randomUUID().toString()));
                insert.setString(4, Bureaus.enpingBundle(2, "2025-06-01", Bureaus.ENPING_ROW));
                insert.executeUpdate();
            }
            try (PreparedStatement notify = c.prepareStatement("select pg_notify('baseline_changed', 'another-replica x')")) {
                notify.execute();
            }
            c.commit();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            status = given().auth().oauth2(Tokens.of(ENCHENG_OFFICER, Roles.OFFICER))
                    .get("/api/v1/discretion/violations/" + code).statusCode();
            Thread.sleep(100);
        }
        assertEquals(200, status, "the index reloaded after the notice");
    }

    @Inject
    BaselineIndex index;

    @Test
    @Order(11)
    void noLookupEverSeesHalfAnImport() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 10, 1);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<String> inconsistent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger sawNew = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                BaselineIndex.Resolved r = index.resolve("440785001", day).orElseThrow();
                boolean layerIsNew = r.layers().stream().anyMatch(l -> l.baseline().id().equals("440785:v3"));
                boolean violationIsNew = r.baseline().violation("EP-CG-3").isPresent();
                if (layerIsNew != violationIsNew) {
                    inconsistent.add(r.baseline().id());
                }
                if (layerIsNew) {
                    sawNew.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            bureaus.publish(ENPING_BUREAU, bureaus.sign(ENPING_BUREAU, Bureaus.enpingBundle(3, "2025-09-01", Bureaus.ENPING_ROW)))
                    .then().statusCode(201);
            long deadline = System.currentTimeMillis() + 5_000;
            while (sawNew.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            stop.set(true);
            reader.join(5_000);
        }
        assertTrue(sawNew.get() > 0, "the reader saw the new version");
        assertEquals(List.of(), inconsistent, "layers and composed baseline always belong to the same snapshot");
    }
}
