package org.fieldlaw.discretion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/**
 * V13 on a history written before it: a case decided without a penalty stays in the history (it
 * still makes the next case no first violation) but no longer counts as a penalty; a decision
 * revoked before the migration (its publication withdrawn) leaves the history; penalties stay.
 */
class PartyHistoryMigrationTest {

    static final UUID PENALISED = UUID.fromString("22222222-0000-4000-8000-000000000001");
    static final UUID NO_PENALTY = UUID.fromString("22222222-0000-4000-8000-000000000002");
    static final UUID REVOKED = UUID.fromString("22222222-0000-4000-8000-000000000003");
    static final UUID CHANGED = UUID.fromString("22222222-0000-4000-8000-000000000004");

    @Test
    void noPenaltyOutcomesStopCountingAsPenaltiesAndRevokedDecisionsLeave() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("12")) {
            schema.write(c -> {
                caseIn(c, PENALISED, "DECIDED");
                caseIn(c, NO_PENALTY, "NO_PENALTY");
                caseIn(c, REVOKED, "SERVED");
                caseIn(c, CHANGED, "SERVED");
                publication(c, REVOKED, "WITHDRAWN");
                publication(c, CHANGED, "PENDING");
                for (UUID id : new UUID[] { PENALISED, NO_PENALTY, REVOKED, CHANGED }) {
                    decided(c, id);
                }
            });
            schema.migrateToLatest();
            Map<String, Boolean> left = new TreeMap<>();
            try (Connection c = schema.db().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id, penalised from decided_case_record")) {
                while (rs.next()) {
                    left.put(rs.getString(1), rs.getBoolean(2));
                }
            }
            assertEquals(Map.of(PENALISED.toString(), true, NO_PENALTY.toString(), false, CHANGED.toString(), true), left);
        }
    }

    private static void caseIn(Connection c, UUID id, String state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into enforcement_case (id, body_id, procedure, state, source, violation_code, field, place_code, address, act_date,
                    continuing, party_kind, party_name, circumstances, bases, create_request, create_digest, created_by, created_at, updated_at)
                values (?, ?, 'GENERAL', ?, 'PATROL', 'JM-CG-001', 'city-management', '440703001', '（迁移测试）', date '2025-06-01',
                    false, 'ORGANISATION', '某商行', '{}', '{}', '{}', 'x', ?, now(), now())""")) {
            p.setObject(1, id);
            p.setObject(2, UUID.randomUUID());
            p.setString(3, state);
            p.setObject(4, UUID.randomUUID());
            p.executeUpdate();
        }
    }

    private static void publication(Connection c, UUID caseId, String status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into publication (case_id, body_id, place_code, status, decided_on, due_on, created_at, updated_at)
                values (?, ?, '440703001', ?, date '2025-06-01', date '2025-06-10', now(), now())""")) {
            p.setObject(1, caseId);
            p.setObject(2, UUID.randomUUID());
            p.setString(3, status);
            p.executeUpdate();
        }
    }

    private static void decided(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into decided_case_record (id, party_identifier, violation_code, field, decided_on, source)
                values (?, '91440703MA4W000000', 'JM-CG-001', 'city-management', date '2025-06-01', 'case')""")) {
            p.setObject(1, caseId);
            p.executeUpdate();
        }
    }
}
