package org.fieldlaw.patrols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/**
 * V32 and V33 on sites reported before them: each is tallied under its town, its month in Asia/Shanghai (one reported
 * at 00:30 on 1 April is April's, though it is still March in UTC) and its 2 km cell (V32) and 500 m cell (V33), split
 * urban / rural / villa.
 */
class SiteTallyMigrationTest {

    @Test
    void sitesReportedBeforeTheTallyAreTalliedByTownMonthCellAndArea() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("31")) {
            schema.write(c -> {
                site(c, 22.6000, 113.0800, "URBAN_OR_TOWN", false, "2026-03-31T23:30:00+08:00");
                site(c, 22.6010, 113.0810, "TOWNSHIP_OR_VILLAGE", false, "2026-03-05T10:00:00+08:00");
                site(c, 22.6020, 113.0820, "TOWNSHIP_OR_VILLAGE", true, "2026-04-01T00:30:00+08:00");
                // 5 km north: another 2 km cell
                site(c, 22.6450, 113.0800, "URBAN_OR_TOWN", false, "2026-04-10T10:00:00+08:00");
            });
            schema.migrateToLatest();
            List<String> rows = rows(schema, """
                    select place_code || ' ' || month || ' ' || cell_row || ',' || cell_col || ' ' || urban || '/' || rural || '/' || villa
                    from site_month_tally order by month, cell_row, cell_col""");
            long row = (long) Math.floor(22.6 / (2000 / 111_320.0));
            long villaRow = (long) Math.floor(22.602 / (2000 / 111_320.0));
            long north = (long) Math.floor(22.645 / (2000 / 111_320.0));
            long column = (long) Math.floor(113.08 / (2000 / (111_320.0 * Math.cos(Math.toRadians(22.6)))));
            assertEquals(List.of("440703001 2026-03-01 " + row + "," + column + " 1/1/0",
                    "440703001 2026-04-01 " + villaRow + "," + column + " 0/0/1",
                    "440703001 2026-04-01 " + north + "," + column + " 1/0/0"), rows);
        }
    }

    /** V33 on sites reported before it: each is tallied under its month in Asia/Shanghai, its 500 m cell and its town. */
    @Test
    void sitesReportedBeforeTheFineTallyAreTalliedByMonthCellAndTown() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("32")) {
            schema.write(c -> {
                site(c, 22.6000, 113.0800, "URBAN_OR_TOWN", false, "2026-03-31T23:30:00+08:00");
                site(c, 22.6001, 113.0801, "TOWNSHIP_OR_VILLAGE", false, "2026-03-05T10:00:00+08:00");
                // 1 km north: the same 2 km cell, another 500 m one
                site(c, 22.6090, 113.0800, "TOWNSHIP_OR_VILLAGE", true, "2026-03-20T10:00:00+08:00");
                site(c, 22.6000, 113.0800, "URBAN_OR_TOWN", false, "2026-04-01T00:30:00+08:00");
            });
            schema.migrateToLatest();
            List<String> rows = rows(schema, """
                    select month || ' ' || cell_row || ',' || cell_col || ' ' || place_code || ' ' || urban || '/' || rural || '/' || villa
                    from site_month_fine_tally order by month, cell_row, cell_col""");
            long row = (long) Math.floor(22.6 / (500 / 111_320.0));
            long north = (long) Math.floor(22.609 / (500 / 111_320.0));
            long column = (long) Math.floor(113.08 / (500 / (111_320.0 * Math.cos(Math.toRadians(22.6)))));
            assertEquals(List.of("2026-03-01 " + row + "," + column + " 440703001 1/1/0",
                    "2026-03-01 " + north + "," + column + " 440703001 0/0/1",
                    "2026-04-01 " + row + "," + column + " 440703001 1/0/0"), rows);
        }
    }

    private static List<String> rows(PreviousSchema schema, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = schema.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static void site(Connection c, double lat, double lon, String area, boolean villa, String createdAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into site (id, place_code, address, latitude, longitude, planning_area, villa_area, status, created_by, created_at,
                    updated_at)
                values (?, '440703001', '（迁移测试）', ?, ?, ?, ?, 'SUSPECTED', ?, ?::timestamptz, now())""")) {
            p.setObject(1, UUID.randomUUID());
            p.setDouble(2, lat);
            p.setDouble(3, lon);
            p.setString(4, area);
            p.setBoolean(5, villa);
            p.setObject(6, UUID.randomUUID());
            p.setString(7, createdAt);
            p.executeUpdate();
        }
    }
}
