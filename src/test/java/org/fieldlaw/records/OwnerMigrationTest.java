package org.fieldlaw.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.fieldlaw.records.model.RecordChain;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations that gave records and evidence to owners of any kind (V11, V12) keep the data of
 * a database that had lines and files before them: every case's and site's chain still verifies
 * line for line, and each file keeps the owners its two old columns named.
 */
class OwnerMigrationTest {

    static final UUID CASE = UUID.fromString("11111111-0000-4000-8000-000000000001");
    static final UUID SITE = UUID.fromString("11111111-0000-4000-8000-000000000002");
    static final UUID VISIT_OF_CONVERTED_SITE = UUID.fromString("11111111-0000-4000-8000-000000000003");
    static final UUID VISIT_OF_OPEN_SITE = UUID.fromString("11111111-0000-4000-8000-000000000004");
    static final UUID OFFICER = UUID.fromString("11111111-0000-4000-8000-000000000005");

    static PreviousSchema schema;
    static DataSource db;

    @BeforeAll
    static void databaseAsItWasBeforeTheMove() throws Exception {
        schema = PreviousSchema.at("10");
        db = schema.db();
        // Only the rows under test: the rows they refer to (cases, sites, officers) are left out.
        schema.write(c -> {
            insertChain(c, "case_record_entry", "case_id", CASE, List.of("CREATED", "STEP_FILED", "EVIDENCE_ATTACHED"));
            insertChain(c, "site_record_entry", "site_id", SITE, List.of("REPORTED", "VISITED", "VISITED", "CONVERTED_TO_CASE"));
            insertUpload(c, UUID.randomUUID(), CASE, null);
            insertUpload(c, UUID.randomUUID(), CASE, VISIT_OF_CONVERTED_SITE);
            insertUpload(c, UUID.randomUUID(), null, VISIT_OF_OPEN_SITE);
        });
        schema.migrateToLatest();
    }

    @AfterAll
    static void stop() throws Exception {
        schema.close();
    }

    @Test
    void caseAndSiteLinesMoveIntoTheOneRecordAndEveryChainStillVerifies() throws SQLException {
        assertEquals(Map.of(CASE, "CASE", SITE, "SITE"), ownerKinds());
        for (UUID owner : List.of(CASE, SITE)) {
            List<RecordChain.Link> links = links(owner);
            assertEquals(owner.equals(CASE) ? 3 : 4, links.size());
            assertTrue(RecordChain.verify(links).isEmpty(), "chain of " + owner + " broken after the move");
        }
    }

    @Test
    void theOneRecordIsAppendOnly() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.execute("update record_entry set actor_name = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.execute("delete from record_entry"));
            assertThrows(SQLException.class, () -> s.execute("truncate record_entry"));
        }
    }

    @Test
    void eachFileKeepsTheOwnersItsTwoOldColumnsNamed() throws SQLException {
        Map<String, String> owners = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select u.owner_kind, u.owner_id, string_agg(o.owner_kind || ':' || o.owner_id, ',' order by o.owner_kind)
                from evidence_upload u join evidence_owner o on o.evidence_id = u.id group by u.id, u.owner_kind, u.owner_id""")) {
            while (rs.next()) {
                owners.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3));
            }
        }
        assertEquals(Map.of(
                "CASE:" + CASE, "CASE:" + CASE,
                "SITE_VISIT:" + VISIT_OF_CONVERTED_SITE, "CASE:" + CASE + ",SITE_VISIT:" + VISIT_OF_CONVERTED_SITE,
                "SITE_VISIT:" + VISIT_OF_OPEN_SITE, "SITE_VISIT:" + VISIT_OF_OPEN_SITE), owners);
    }

    private static void insertChain(Connection c, String table, String ownerColumn, UUID owner, List<String> actions) throws SQLException {
        String previous = RecordChain.GENESIS;
        int seq = 1;
        for (String action : actions) {
            Instant at = Instant.parse("2026-03-02T08:00:00.123456Z").plusSeconds(seq);
            String detail = "{\"n\":" + seq + "}";
            String hash = RecordChain.hash(owner, seq, at, OFFICER, "甲执法", action, detail, 22.5, 113.0, previous);
            try (PreparedStatement p = c.prepareStatement("insert into " + table + " (" + ownerColumn
                    + ", seq, recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash)"
                    + " values (?, ?, ?, ?, '甲执法', ?, ?, 22.5, 113.0, ?, ?)")) {
                p.setObject(1, owner);
                p.setInt(2, seq);
                p.setTimestamp(3, Timestamp.from(at));
                p.setObject(4, OFFICER);
                p.setString(5, action);
                p.setString(6, detail);
                p.setString(7, previous);
                p.setString(8, hash);
                p.executeUpdate();
            }
            previous = hash;
            seq++;
        }
    }

    private static void insertUpload(Connection c, UUID id, UUID caseId, UUID visitId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into evidence_upload (id, case_id, site_visit_id, step, kind, uploader_id, length, received, created_at)
                values (?, ?, ?, 'INVESTIGATING', 'PHOTO', ?, 10, 0, now())""")) {
            p.setObject(1, id);
            p.setObject(2, caseId);
            p.setObject(3, visitId);
            p.setObject(4, OFFICER);
            p.executeUpdate();
        }
    }

    private static Map<UUID, String> ownerKinds() throws SQLException {
        Map<UUID, String> kinds = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct owner_id, owner_kind from record_entry")) {
            while (rs.next()) {
                kinds.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return kinds;
    }

    private static List<RecordChain.Link> links(UUID owner) throws SQLException {
        List<RecordChain.Link> links = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("""
                select seq, recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash
                from record_entry where owner_id = ? order by seq""")) {
            p.setObject(1, owner);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    links.add(new RecordChain.Link(owner, rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Double.class), rs.getObject(8, Double.class),
                            rs.getString(9), rs.getString(10)));
                }
            }
        }
        return links;
    }
}
