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

/** V19 on cases pinned before it: the tier and no-penalty reason come out of the pinned assessment; a case never assessed has neither. */
class AssessedTierMigrationTest {

    static final UUID BODY = UUID.fromString("55555555-0000-4000-8000-000000000001");
    static final UUID OFFICER = UUID.fromString("55555555-0000-4000-8000-000000000002");
    static final UUID LIGHTER = UUID.fromString("55555555-0000-4000-8000-000000000003");
    static final UUID FIRST_VIOLATION = UUID.fromString("55555555-0000-4000-8000-000000000004");
    static final UUID NOT_ASSESSED = UUID.fromString("55555555-0000-4000-8000-000000000005");

    @Test
    void theTierAndTheNoPenaltyReasonAreReadFromThePinnedAssessment() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("18")) {
            schema.write(c -> {
                MigrationRows.townWithOfficer(c, BODY, OFFICER);
                insertCase(c, LIGHTER, "{\"placeCode\":\"440703001\",\"assessment\":{\"outcome\":\"PENALTY\",\"tier\":\"LIGHTER\"}}");
                insertCase(c, FIRST_VIOLATION,
                        "{\"placeCode\":\"440703001\",\"assessment\":{\"outcome\":\"NO_PENALTY\",\"noPenaltyReason\":\"FIRST_VIOLATION\",\"tier\":\"NO_PENALTY\"}}");
                insertCase(c, NOT_ASSESSED, null);
            });
            schema.migrateToLatest();
            assertEquals("LIGHTER/null", read(schema, LIGHTER));
            assertEquals("NO_PENALTY/FIRST_VIOLATION", read(schema, FIRST_VIOLATION));
            assertEquals("null/null", read(schema, NOT_ASSESSED));
        }
    }

    private static void insertCase(Connection c, UUID id, String assessment) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into enforcement_case (id, body_id, procedure, state, source, violation_code, field, place_code, address, act_date,
                    continuing, party_kind, party_name, circumstances, bases, create_request, create_digest, created_by, assessment,
                    created_at, updated_at)
                values (?, ?, 'GENERAL', 'PROPOSED', 'PATROL', 'JM-CG-001', 'CITY_MANAGEMENT', '440703001', '（迁移测试）', date '2026-10-01',
                    false, 'PERSON', '测试', '{}', '{}', '{}', 'x', ?, ?, now(), now())""")) {
            p.setObject(1, id);
            p.setObject(2, BODY);
            p.setObject(3, OFFICER);
            p.setString(4, assessment);
            p.executeUpdate();
        }
    }

    private static String read(PreviousSchema schema, UUID id) throws SQLException {
        try (Connection c = schema.db().getConnection();
                PreparedStatement p = c.prepareStatement("select assessed_tier, no_penalty_reason from enforcement_case where id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getString(2);
            }
        }
    }
}
