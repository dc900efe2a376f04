package org.fieldlaw.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.fieldlaw.testing.MigrationRows;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/** V22 on cases sent to legal review before it: the day comes from their last "sent to legal review" record entry, in the legal zone. */
class ReviewRequestedMigrationTest {

    static final UUID BODY = UUID.fromString("66666666-0000-4000-8000-000000000001");
    static final UUID OFFICER = UUID.fromString("66666666-0000-4000-8000-000000000002");
    static final UUID REVIEWED = UUID.fromString("66666666-0000-4000-8000-000000000003");
    static final UUID NEVER_SENT = UUID.fromString("66666666-0000-4000-8000-000000000004");

    @Test
    void theDaySentToLegalReviewIsTheLastSuchRecordEntryInTheLegalZone() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("21")) {
            schema.write(c -> {
                MigrationRows.townWithOfficer(c, BODY, OFFICER);
                insertCase(c, REVIEWED, true);
                insertCase(c, NEVER_SENT, false);
                // sent twice; the second time at 23:30 UTC on 3 October, which is 4 October in Shanghai
                entry(c, REVIEWED, 1, "STEP_LEGAL_REVIEW", "2026-10-01T02:00:00Z");
                entry(c, REVIEWED, 2, "STEP_INVESTIGATING", "2026-10-02T02:00:00Z");
                entry(c, REVIEWED, 3, "STEP_LEGAL_REVIEW", "2026-10-03T23:30:00Z");
            });
            schema.migrateToLatest();
            assertEquals("2026-10-04", read(schema, REVIEWED));
            assertEquals("null", read(schema, NEVER_SENT));
        }
    }

    private static void insertCase(Connection c, UUID id, boolean review) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into enforcement_case (id, body_id, procedure, state, source, violation_code, field, place_code, address, act_date,
                    continuing, party_kind, party_name, circumstances, bases, create_request, create_digest, created_by, legal_review_required,
                    created_at, updated_at)
                values (?, ?, 'GENERAL', 'LEGAL_REVIEW', 'PATROL', 'JM-CG-001', 'CITY_MANAGEMENT', '440703001', '（迁移测试）', date '2026-09-01',
                    false, 'PERSON', '测试', '{}', '{}', '{}', 'x', ?, ?, now(), now())""")) {
            p.setObject(1, id);
            p.setObject(2, BODY);
            p.setObject(3, OFFICER);
            p.setBoolean(4, review);
            p.executeUpdate();
        }
    }

    private static void entry(Connection c, UUID owner, int seq, String action, String at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into record_entry (owner_id, seq, owner_kind, recorded_at, actor_id, actor_name, action, detail, previous_hash, hash)
                values (?, ?, 'CASE', ?::timestamptz, ?, '测试', ?, '{}', ?, ?)""")) {
            p.setObject(1, owner);
            p.setInt(2, seq);
            p.setString(3, at);
            p.setObject(4, OFFICER);
            p.setString(5, action);
            p.setString(6, "0".repeat(64));
            p.setString(7, String.valueOf(seq).repeat(64));
            p.executeUpdate();
        }
    }

    private static String read(PreviousSchema schema, UUID id) throws SQLException {
        try (Connection c = schema.db().getConnection();
                PreparedStatement p = c.prepareStatement("select legal_review_requested_on from enforcement_case where id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getObject(1));
            }
        }
    }
}
