package org.fieldlaw.evidence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which pieces make up each upload and each file, and where each piece's bytes are: in its row
 * ({@code data}) or in the object store ({@code object_key}). Both stores keep this ledger in
 * PostgreSQL, so a file stays readable after the installation moves its new evidence to an object
 * store. Every call runs in the caller's transaction; rows are read with a small fetch size so a
 * video streams through a few pieces at a time.
 */
@ApplicationScoped
public class EvidenceLedger {

    /** One piece's bytes: those of its row, or else the object under its key. */
    @FunctionalInterface
    interface PieceSink {
        void accept(byte[] data, String objectKey);
    }

    private static final int FETCH = 4;

    private final AgroalDataSource dataSource;

    EvidenceLedger(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void addPiece(EvidenceStore.Piece piece) {
        sql("recording an upload piece", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into upload_piece (upload_id, start_offset, length, data, object_key) values (?, ?, ?, ?, ?)")) {
                s.setObject(1, piece.uploadId());
                s.setLong(2, piece.offset());
                s.setInt(3, piece.length());
                if (piece.data() != null) {
                    s.setBinaryStream(4, new ByteArrayInputStream(piece.data(), 0, piece.length()), piece.length());
                } else {
                    s.setNull(4, java.sql.Types.BINARY);
                }
                s.setString(5, piece.objectKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Drops the pieces of an upload from {@code offset} on; answers the object keys they named. */
    List<String> dropPieces(UUID uploadId, long offset) {
        return sql("dropping upload pieces", c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "delete from upload_piece where upload_id = ? and start_offset >= ? returning object_key")) {
                s.setObject(1, uploadId);
                s.setLong(2, offset);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            keys.add(rs.getString(1));
                        }
                    }
                }
            }
            return keys;
        });
    }

    void forEachPiece(UUID uploadId, PieceSink sink) {
        sql("reading upload pieces", c -> {
            read(c, "select data, object_key from upload_piece where upload_id = ? order by start_offset", uploadId, sink);
            return null;
        });
    }

    /** Files a complete upload's pieces under their SHA-256; false when a file with that hash was kept already. */
    boolean fileUpload(String sha256, long size, UUID uploadId) {
        return sql("filing an upload", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into evidence_blob (sha256, size, created_at, upload_id) values (?, ?, now(), ?) on conflict (sha256) do nothing")) {
                s.setString(1, sha256);
                s.setLong(2, size);
                s.setObject(3, uploadId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Files bytes kept piece by piece (an issued document); false when a file with that hash was kept already. */
    boolean fileKept(String sha256, long size) {
        return sql("filing a kept file", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into evidence_blob (sha256, size, created_at) values (?, ?, now()) on conflict (sha256) do nothing")) {
                s.setString(1, sha256);
                s.setLong(2, size);
                return s.executeUpdate() == 1;
            }
        });
    }

    void addFilePiece(String sha256, int seq, byte[] data, int from, int length, String objectKey) {
        sql("keeping a file piece", c -> {
            try (PreparedStatement s = c.prepareStatement("insert into evidence_blob_piece (sha256, seq, data, object_key) values (?, ?, ?, ?)")) {
                s.setString(1, sha256);
                s.setInt(2, seq);
                if (data != null) {
                    s.setBinaryStream(3, new ByteArrayInputStream(data, from, length), length);
                } else {
                    s.setNull(3, java.sql.Types.BINARY);
                }
                s.setString(4, objectKey);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Streams a file's pieces in order; false when no file has that hash. */
    boolean forEachFilePiece(String sha256, PieceSink sink) {
        return sql("reading evidence", c -> {
            UUID uploadId;
            try (PreparedStatement s = c.prepareStatement("select upload_id from evidence_blob where sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    uploadId = rs.getObject(1, UUID.class);
                }
            }
            if (uploadId != null) {
                read(c, "select data, object_key from upload_piece where upload_id = ? order by start_offset", uploadId, sink);
            } else {
                read(c, "select data, object_key from evidence_blob_piece where sha256 = ? order by seq", sha256, sink);
            }
            return true;
        });
    }

    private static void read(Connection c, String query, Object key, PieceSink sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, key);
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getBytes(1), rs.getString(2));
                }
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /**
     * Of these object keys, the ones a piece row names. Keys are looked up by what they carry: an upload piece's key
     * ({@code uploads/<upload id>/...}) through its upload, a file's ({@code files/<sha256>}) through the file, both
     * on their primary keys; a key of neither shape is answered as named (not ours to judge).
     */
    Set<String> namedObjects(List<String> keys) {
        Set<String> named = new HashSet<>();
        List<UUID> uploads = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split("/", 3);
            try {
                if (parts.length == 3 && parts[0].equals("uploads")) {
                    uploads.add(UUID.fromString(parts[1]));
                    continue;
                }
            } catch (IllegalArgumentException notAnUpload) {
                // falls through to "not ours"
            }
            if (parts.length == 2 && parts[0].equals("files") && parts[1].matches("[0-9a-f]{64}")) {
                files.add(parts[1]);
            } else {
                named.add(key);
            }
        }
        return sql("looking up object keys", c -> {
            if (!uploads.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(
                        "select object_key from upload_piece where upload_id = any(?) and object_key is not null")) {
                    s.setArray(1, c.createArrayOf("uuid", uploads.toArray()));
                    collect(s, named);
                }
            }
            if (!files.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(
                        "select object_key from evidence_blob_piece where sha256 = any(?) and object_key is not null")) {
                    s.setArray(1, c.createArrayOf("varchar", files.toArray()));
                    collect(s, named);
                }
            }
            return named;
        });
    }

    private static void collect(PreparedStatement s, Set<String> into) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                into.add(r.getString(1));
            }
        }
    }

    private <T> T sql(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }
}
