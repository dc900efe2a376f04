package org.fieldlaw.discretion;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_SUPERVISOR;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.fieldlaw.discretion.model.PartyHistory;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The party history counts first violations from every decided case, and repeat offending
 * (一年内…三次以上) from decided penalties only: a no-penalty outcome is no penalty, and a decision
 * revoked on reconsideration or in court leaves the history.
 */
@QuarkusTest
class PartyHistoryTest {

    private static final LocalDate ACT = LocalDate.of(2026, 3, 2);

    @Inject
    Bureaus bureaus;

    @Inject
    DecidedCases decided;

    @Inject
    PartyHistoryService history;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private static String newOrganisation() {
        return "91440703MA4W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private UUID record(String party, String violation, boolean penalised) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> decided.record(
                new DecidedCases.Decided(id, party, violation, "city-management", LocalDate.of(2025, 6, 1), penalised)));
        return id;
    }

    private PartyHistory remembered(String party) {
        return history.historyOf(party, "JM-CG-001", "city-management", ACT);
    }

    /** This replica's memory learns of a change when the database's notice arrives. */
    private static void awaitCount(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (count.getAsInt() != expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the history did not reach " + expected + " within 5 s (now " + count.getAsInt() + ")");
            }
            Thread.sleep(20);
        }
    }

    private static String tierOf(String party) {
        return given().auth().oauth2(Tokens.of(PENGJIANG_SUPERVISOR, Roles.SUPERVISOR)).contentType(ContentType.JSON)
                .body(Map.of("violationCode", "JM-CG-002", "actDate", ACT.toString(), "decisionDate", "2026-03-20",
                        "party", Map.of("kind", "ORGANISATION", "creditCode", party)))
                .post("/api/v1/discretion/assessments").then().statusCode(200).extract().path("assessment.tier");
    }

    @Test
    void aNoPenaltyOutcomeMakesTheNextCaseNoFirstViolationButIsNotCountedAsARepeat() throws InterruptedException {
        // Before, every decided case counted towards 三次以上, no-penalty outcomes too: two penalties and one 首违不罚 made 从重.
        String party = newOrganisation();
        record(party, "JM-CG-001", false);
        record(party, "JM-CG-003", true);
        record(party, "JM-CG-004", true);
        awaitCount(() -> remembered(party).earlierCasesOfThisViolation(), 1);
        awaitCount(() -> remembered(party).violationsWithinYear(), 2);
        assertEquals(2, QuarkusTransaction.requiringNew()
                .call(() -> history.countFromDatabase(party, "JM-CG-001", "city-management", ACT, UUID.randomUUID())).violationsWithinYear());
        assertEquals("GENERAL", tierOf(party));
        record(party, "JM-CG-005", true);
        awaitCount(() -> remembered(party).violationsWithinYear(), 3);
        assertEquals("HEAVIER", tierOf(party));
    }

    @Test
    void aRevokedDecisionLeavesTheHistory() throws InterruptedException {
        String party = newOrganisation();
        record(party, "JM-CG-001", true);
        record(party, "JM-CG-003", true);
        UUID revoked = record(party, "JM-CG-004", true);
        awaitCount(() -> remembered(party).violationsWithinYear(), 3);
        assertEquals("HEAVIER", tierOf(party));
        QuarkusTransaction.requiringNew().run(() -> decided.revoke(revoked));
        awaitCount(() -> remembered(party).violationsWithinYear(), 2);
        assertEquals("GENERAL", tierOf(party));
    }
}
