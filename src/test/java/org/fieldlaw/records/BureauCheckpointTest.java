package org.fieldlaw.records;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The records' checkpoint is handed to the bureaus (issue 16: kept outside this service's database): the latest, signed,
 * checkable with its public key alone, and naming the root of the checkpoint before it, so a bureau that keeps them
 * sees a rewritten history as a checkpoint that does not name the root it holds.
 */
@QuarkusTest
class BureauCheckpointTest {

    static final String LATEST = "/api/v1/bureau/record-checkpoints/latest";

    @Inject
    Bureaus bureaus;

    @Inject
    RecordCheckpoints checkpoints;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private JsonPath latest() {
        return given().auth().oauth2(bureaus.token(AgencyFixture.PENGJIANG_BUREAU)).get(LATEST).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBureauFetchesTheLatestCheckpointSignedAndChainedToTheOneBefore() throws Exception {
        create(vending(newParty()));
        RecordCheckpoints.Made first = checkpoints.make();
        JsonPath one = latest();
        assertEquals(first.root(), one.getString("root"));
        assertEquals(first.size(), one.getInt("records"));
        assertTrue(one.getString("statement").contains("root " + first.root()), "the statement signed names the root");

        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(one.getString("publicKey"))));
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(key);
        check.update(one.getString("statement").getBytes(StandardCharsets.UTF_8));
        assertTrue(check.verify(Base64.getDecoder().decode(one.getString("signature"))), "the signature holds with the public key alone");
        check.initVerify(key);
        check.update(one.getString("statement").replace("root " + first.root(), "root " + "0".repeat(64)).getBytes(StandardCharsets.UTF_8));
        assertTrue(!check.verify(Base64.getDecoder().decode(one.getString("signature"))), "and not over another root");

        create(vending(newParty()));
        RecordCheckpoints.Made second = checkpoints.make();
        JsonPath two = latest();
        assertEquals(second.root(), two.getString("root"));
        assertEquals(first.root(), two.getString("previousRoot"), "each checkpoint names the root of the one before");
        assertTrue(two.getInt("records") > one.getInt("records"));
    }

    @Test
    void onlyABureauSystemFetchesIt() {
        given().get(LATEST).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR)).get(LATEST).then().statusCode(401)
                .contentType("application/problem+json");
    }
}
