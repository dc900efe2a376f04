package org.fieldlaw.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.testing.MigrationRows;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/** V25 on cases decided before it: their counts enter the oversight tallies, per month, town, violation and officer. */
class OversightTallyMigrationTest {

    static final UUID BODY = UUID.fromString("77777777-0000-4000-8000-000000000001");
    static final UUID OFFICER = UUID.fromString("77777777-0000-4000-8000-000000000002");

    @Test
    void casesDecidedBeforeTheTalliesExistedAreCountedInThem() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("24")) {
            schema.write(c -> {
                MigrationRows.townWithOfficer(c, BODY, OFFICER);
                insertCase(c, 1, "2026-10-05", 120, "{FINE}"); // in the 100–140 range: its middle fifth
                insertCase(c, 2, "2026-10-30", 180, "{FINE}"); // above it
                insertCase(c, 3, "2026-11-02", null, null); // not penalised
                insertCase(c, 4, null, null, null); // not decided: not counted
            });
            schema.migrateToLatest();
            try (Connection c = schema.db().getConnection()) {
                assertEquals(List.of("2026-10-01 decided=2 with_fine=2 deviations=1 no_penalty=0 fifth_3=1 above_range=1",
                        "2026-11-01 decided=1 with_fine=0 deviations=0 no_penalty=1 fifth_3=0 above_range=0"), read(c, """
                                select month, decided, with_fine, deviations, no_penalty, fifth_3, above_range
                                  from oversight_tally where place_code = '440703001' order by month"""));
                assertEquals(List.of("2026-10-01 decided=2 deviations=1", "2026-11-01 decided=1 deviations=0"),
                        read(c, "select month, decided, deviations from oversight_officer_tally where officer_id = '" + OFFICER + "' order by month"));
            }
        }
    }

    private static void insertCase(Connection c, int n, String decidedOn, Integer fine, String types) throws SQLException {
        UUID id = UUID.fromString("77777777-0000-4000-8000-00000000010" + n);
        try (PreparedStatement p = c.prepareStatement("""
                insert into enforcement_case (id, body_id, procedure, state, source, violation_code, field, place_code, address, act_date,
                    continuing, party_kind, party_name, circumstances, bases, create_request, create_digest, created_by,
                    decided_on, decided_fine, decided_types, assessed_min, assessed_max, created_at, updated_at)
                values (?, ?, 'GENERAL', ?, 'PATROL', 'JM-CG-001', 'CITY_MANAGEMENT', '440703001', '（迁移测试）', date '2026-09-01',
                    false, 'PERSON', '测试', '{}', '{}', '{}', 'x', ?, ?::date, ?, ?::text[], 100, 140, now(), now())""")) {
            p.setObject(1, id);
            p.setObject(2, BODY);
            p.setString(3, decidedOn == null ? "INVESTIGATING" : "DECIDED");
            p.setObject(4, OFFICER);
            p.setString(5, decidedOn);
            p.setObject(6, fine);
            p.setString(7, types);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("insert into case_officer (case_id, officer_id, investigator, position) values (?, ?, true, 0)")) {
            p.setObject(1, id);
            p.setObject(2, OFFICER);
            p.executeUpdate();
        }
    }

    private static List<String> read(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder(rs.getString(1));
                for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getLong(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
