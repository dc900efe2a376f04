package org.fieldlaw.patrols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/**
 * V16 on sites restrained before it: a demolition order that followed a stop order keeps the stop
 * order standing from the day the record shows it; a site registered already stopped stands from its
 * registration; a correction order with no stop order before it has none; a demolished site none.
 */
class StopOrderMigrationTest {

    static final UUID AFTER_STOP = UUID.fromString("44444444-0000-4000-8000-000000000001");
    static final UUID REGISTERED_STOPPED = UUID.fromString("44444444-0000-4000-8000-000000000002");
    static final UUID CORRECTION_ONLY = UUID.fromString("44444444-0000-4000-8000-000000000003");
    static final UUID DEMOLISHED = UUID.fromString("44444444-0000-4000-8000-000000000004");

    @Test
    void aStopOrderFoundInTheRecordStandsUnderTheOrderThatFollowedIt() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("15")) {
            schema.write(c -> {
                site(c, AFTER_STOP, "DEMOLITION_ORDERED", "2026-08-01T10:00:00+08:00");
                statusChanged(c, AFTER_STOP, 1, "STOP_ORDER_ISSUED", "2026-08-20T09:00:00+08:00");
                statusChanged(c, AFTER_STOP, 2, "DEMOLITION_ORDERED", "2026-09-10T09:00:00+08:00");
                site(c, REGISTERED_STOPPED, "STOP_ORDER_ISSUED", "2026-08-05T23:30:00+08:00");
                site(c, CORRECTION_ONLY, "CORRECTION_ORDERED", "2026-08-01T10:00:00+08:00");
                statusChanged(c, CORRECTION_ONLY, 1, "CORRECTION_ORDERED", "2026-08-21T09:00:00+08:00");
                site(c, DEMOLISHED, "DEMOLISHED", "2026-08-01T10:00:00+08:00");
                statusChanged(c, DEMOLISHED, 1, "STOP_ORDER_ISSUED", "2026-08-20T09:00:00+08:00");
            });
            schema.migrateToLatest();
            List<String> found = new ArrayList<>();
            for (UUID id : List.of(AFTER_STOP, REGISTERED_STOPPED, CORRECTION_ONLY, DEMOLISHED)) {
                found.add(stopOrderedOn(schema, id));
            }
            assertEquals(List.of("2026-08-20", "2026-08-05", "null", "null"), found);
        }
    }

    private static String stopOrderedOn(PreviousSchema schema, UUID id) throws SQLException {
        try (Connection c = schema.db().getConnection();
                PreparedStatement p = c.prepareStatement("select stop_ordered_on from site where id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getString(1));
            }
        }
    }

    private static void site(Connection c, UUID id, String status, String createdAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into site (id, place_code, address, latitude, longitude, planning_area, villa_area, status, created_by, created_at,
                    updated_at)
                values (?, '440703001', '（迁移测试）', 22.6, 113.08, 'URBAN_OR_TOWN', false, ?, ?, ?::timestamptz, now())""")) {
            p.setObject(1, id);
            p.setString(2, status);
            p.setObject(3, UUID.randomUUID());
            p.setString(4, createdAt);
            p.executeUpdate();
        }
    }

    private static void statusChanged(Connection c, UUID site, int seq, String to, String at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into record_entry (owner_id, seq, owner_kind, recorded_at, actor_name, action, detail, previous_hash, hash)
                values (?, ?, 'SITE', ?::timestamptz, '测试', 'STATUS_CHANGED', ?, 'x', 'y')""")) {
            p.setObject(1, site);
            p.setInt(2, seq);
            p.setString(3, at);
            p.setString(4, "{\"from\":\"CONFIRMED_ILLEGAL\",\"orderDeadline\":null,\"to\":\"" + to + "\"}");
            p.executeUpdate();
        }
    }
}
