package org.fieldlaw.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/** V29 on evidence stored before it: pieces of an upload in progress learn their length, files kept whole stay where they were. */
class WrittenOnceMigrationTest {

    static final UUID UPLOAD = UUID.fromString("29292929-0000-4000-8000-000000000001");
    static final UUID OWNER = UUID.fromString("29292929-0000-4000-8000-000000000002");
    static final UUID OFFICER = UUID.fromString("29292929-0000-4000-8000-000000000003");

    @Test
    void piecesAndFilesStoredBeforeTheMigrationKeepTheirBytesAndPlace() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("28")) {
            schema.write(c -> c.createStatement().executeUpdate("""
                    insert into evidence_upload (id, owner_kind, owner_id, step, kind, uploader_id, length, received, created_at)
                        values ('%s', 'CASE', '%s', 'INVESTIGATING', 'PHOTO', '%s', 10, 7, now());
                    insert into upload_piece (upload_id, start_offset, data) values ('%s', 0, '\\x0102030405'::bytea), ('%s', 5, '\\x0607'::bytea);
                    insert into evidence_blob (sha256, size, created_at) values ('old', 3, now());
                    insert into evidence_blob_piece (sha256, seq, data) values ('old', 1, '\\x0a0b0c'::bytea);"""
                    .formatted(UPLOAD, OWNER, OFFICER, UPLOAD, UPLOAD)));
            schema.migrateToLatest();
            try (Connection c = schema.db().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select string_agg(start_offset || ':' || length || ':' || encode(data, 'hex'), ' ' order by start_offset)"
                        + " from upload_piece where object_key is null")) {
                    rs.next();
                    assertEquals("0:5:0102030405 5:2:0607", rs.getString(1), "each piece's length is its bytes' length");
                }
                try (ResultSet rs = s.executeQuery("select upload_id is null, encode(p.data, 'hex') from evidence_blob b join evidence_blob_piece p using (sha256)")) {
                    rs.next();
                    assertEquals(true, rs.getBoolean(1), "a file kept before is read from its own pieces");
                    assertEquals("0a0b0c", rs.getString(2));
                }
            }
        }
    }
}
