package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.step;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.fieldlaw.privacy.PersonalData;
import org.fieldlaw.records.RecordCheckpoints;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The full-process record (全过程记录) is append-only, and an edit made behind the service's back is found. */
@QuarkusTest
class CaseRecordTest {

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecordCheckpoints checkpoints;

    @Inject
    PersonalData personalData;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private UUID caseWithThreeEntries() {
        UUID id = create(vending(newParty()));
        step(id, "FILED").statusCode(200);
        step(id, "INVESTIGATING").statusCode(200);
        officer().post(CASES + id + "/record/verification").then().statusCode(200).body("intact", equalTo(true)).body("entries", equalTo(3));
        return id;
    }

    /** Runs SQL as the database owner with the append-only trigger switched off, as an intruder with full rights would. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table record_entry disable trigger record_entry_no_update");
            try {
                s.execute(sql);
            } finally {
                s.execute("alter table record_entry enable trigger record_entry_no_update");
            }
        }
    }

    @Test
    void theRecordRefusesUpdatesAndDeletes() {
        UUID id = caseWithThreeEntries();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.execute("update record_entry set actor_name = 'x' where owner_id = '" + id + "'"));
            org.hamcrest.MatcherAssert.assertThat(update.getMessage(), containsString("append-only"));
            assertThrows(SQLException.class, () -> s.execute("delete from record_entry where owner_id = '" + id + "'"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anEditedEntryIsFoundWhereItWasMade() throws SQLException {
        UUID id = caseWithThreeEntries();
        // The details are sealed: without the key an intruder can only move a sealed detail from another line.
        tamper("update record_entry set detail = (select detail from record_entry where owner_id = '" + id + "' and seq = 3)"
                + " where owner_id = '" + id + "' and seq = 2");
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2))
                .body("reason", containsString("content altered"));
    }

    @Test
    void aRemovedEntryIsFound() throws SQLException {
        UUID id = caseWithThreeEntries();
        tamper("delete from record_entry where owner_id = '" + id + "' and seq = 2");
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2))
                .body("reason", containsString("missing"));
    }

    /**
     * A chain cut short at its end still links up (issue 16: a decision removed this way verified as intact): the
     * signed checkpoint kept outside the database holds the record's head, so the loss shows, and the next checkpoint
     * raises the alarm.
     */
    @Test
    void removingTheLastEntriesBehindTheServicesBackIsFoundAgainstTheSignedCheckpoint() throws SQLException {
        UUID id = caseWithThreeEntries();
        checkpoints.make();
        officer().post(CASES + id + "/record/verification").then().statusCode(200).body("intact", equalTo(true))
                .body("checkpoint.holds", equalTo(true)).body("checkpoint.entries", equalTo(3))
                .body("checkpoint.proof.size()", org.hamcrest.Matchers.greaterThan(0));
        tamper("delete from record_entry where owner_id = '" + id + "' and seq = 3");
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("entries", equalTo(2)).body("brokenAt", equalTo(3))
                .body("reason", containsString("shorter than at the checkpoint")).body("checkpoint.holds", equalTo(false));
        RecordCheckpoints.Made next = checkpoints.make();
        assertTrue(next.alarms().stream().anyMatch(a -> a.contains(id + ": 3 entries at the last checkpoint, 2 now")), next.alarms().toString());
    }

    @Test
    void anEntryRewrittenWithItsHashesRecomputedIsFoundAgainstTheCheckpoint() throws SQLException {
        UUID id = caseWithThreeEntries();
        checkpoints.make();
        // An intruder who knows the hashing and holds the sealing key rewrites the last entry and recomputes its hash: the chain links up.
        tamper("update record_entry set action = 'WITHDRAWN' where owner_id = '" + id + "' and seq = 3");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("select owner_id, seq, recorded_at, actor_id, actor_name, action, detail, latitude, "
                        + "longitude, previous_hash from record_entry where owner_id = '" + id + "' and seq = 3")) {
            r.next();
            String rehashed = org.fieldlaw.records.model.RecordChain.hash(id, 3, r.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                    r.getObject(4, UUID.class), r.getString(5), r.getString(6), personalData.open(r.getString(7)), (Double) r.getObject(8),
                    (Double) r.getObject(9), r.getString(10));
            tamper("update record_entry set hash = '" + rehashed + "' where owner_id = '" + id + "' and seq = 3");
        }
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("reason", containsString("differs from the checkpoint"));
    }

    @Test
    void aRewrittenChainWithoutTheServiceIsFoundByItsHashes() throws SQLException {
        UUID id = caseWithThreeEntries();
        // the intruder also recomputes nothing but moves the time: the hash no longer matches
        tamper("update record_entry set recorded_at = recorded_at - interval '1 day' where owner_id = '" + id + "' and seq = 3");
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(3));
    }
}
