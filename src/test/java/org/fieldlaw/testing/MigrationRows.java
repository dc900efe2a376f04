package org.fieldlaw.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Rows written into an older schema before a migration test migrates it: the least a case needs around it. */
public final class MigrationRows {

    private MigrationRows() {
    }

    /** 广东省 > 白沙街道, a town office there and one officer of it. */
    public static void townWithOfficer(Connection c, UUID body, UUID officer) throws SQLException {
        c.createStatement().executeUpdate("""
                insert into jurisdiction (code, name, level, kind, official_code) values ('440000', '广东省', 'PROVINCE', 'PROVINCE', true);
                insert into jurisdiction (code, name, level, kind, official_code, parent_code)
                    values ('440703001', '白沙街道', 'TOWN', 'SUBDISTRICT', true, '440000');
                insert into enforcement_body (id, name, case_prefix, kind, jurisdiction_code)
                    values ('%s', '（迁移测试）', '测', 'TOWN_OFFICE', '440703001');
                insert into officer (id, username, name, body_id, created_at, updated_at)
                    values ('%s', 'migration', '测试', '%s', now(), now());""".formatted(body, officer, body));
    }
}
