package org.fieldlaw.patrols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/**
 * V17 on alarms raised before it: each was a continued-building alarm between two visits and says so;
 * a continued-building alarm without its visits is refused by the table itself.
 */
class AlarmKindMigrationTest {

    static final UUID ALARM = UUID.fromString("55555555-0000-4000-8000-000000000001");

    @Test
    void earlierAlarmsAreContinuedBuildingAlarmsBetweenTwoVisits() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("16")) {
            schema.write(c -> alarm(c, ALARM, UUID.randomUUID(), UUID.randomUUID()));
            schema.migrateToLatest();
            try (Connection c = schema.db().getConnection();
                    PreparedStatement p = c.prepareStatement("select kind from site_alarm where id = ?")) {
                p.setObject(1, ALARM);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    assertEquals("CONTINUED_BUILDING", rs.getString(1));
                }
            }
            assertThrows(SQLException.class, () -> schema.write(c -> alarm(c, UUID.randomUUID(), null, null)));
        }
    }

    private static void alarm(Connection c, UUID id, UUID earlier, UUID later) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into site_alarm (id, site_id, earlier_visit_id, later_visit_id, signs, proposed_step, status, raised_at)
                values (?, ?, ?, ?, '["层数由 2 层增至 3 层"]', '第六十八条', 'OPEN', now())""")) {
            p.setObject(1, id);
            p.setObject(2, UUID.randomUUID());
            p.setObject(3, earlier);
            p.setObject(4, later);
            p.executeUpdate();
        }
    }
}
