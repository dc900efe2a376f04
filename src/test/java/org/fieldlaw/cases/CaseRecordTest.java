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

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
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
        tamper("update record_entry set detail = replace(detail, 'FILED', 'WITHDRAWN') where owner_id = '" + id + "' and seq = 2");
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

    @Test
    void aRewrittenChainWithoutTheServiceIsFoundByItsHashes() throws SQLException {
        UUID id = caseWithThreeEntries();
        // the intruder also recomputes nothing but moves the time: the hash no longer matches
        tamper("update record_entry set recorded_at = recorded_at - interval '1 day' where owner_id = '" + id + "' and seq = 3");
        officer().post(CASES + id + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(3));
    }
}
