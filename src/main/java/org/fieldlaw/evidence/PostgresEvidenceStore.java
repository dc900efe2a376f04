package org.fieldlaw.evidence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Evidence in PostgreSQL: bytea pieces, read back with a cursor (fetch size) so a large video
 * streams through in pieces. Connections come from the datasource inside the caller's
 * transaction, so a piece and the upload's new offset commit together.
 */
@ApplicationScoped
public class PostgresEvidenceStore implements EvidenceStore {

    private static final int FETCH = 4;
    /** Pieces of a kept file: the size a tus client's chunk commonly has. */
    private static final int KEPT_PIECE = 1 << 20;

    private final AgroalDataSource dataSource;

    PostgresEvidenceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void appendPiece(UUID uploadId, long offset, byte[] data, int length) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into upload_piece (upload_id, start_offset, data) values (?, ?, ?)")) {
            s.setObject(1, uploadId);
            s.setLong(2, offset);
            s.setBinaryStream(3, new ByteArrayInputStream(data, 0, length), length);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing an upload piece failed", e);
        }
    }

    @Override
    public void truncate(UUID uploadId, long offset) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from upload_piece where upload_id = ? and start_offset >= ?")) {
            s.setObject(1, uploadId);
            s.setLong(2, offset);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("dropping upload pieces failed", e);
        }
    }

    @Override
    public Sealed seal(UUID uploadId) {
        try (Connection c = dataSource.getConnection()) {
            MessageDigest digest = sha256();
            long size = 0;
            try (PreparedStatement s = c.prepareStatement("select data from upload_piece where upload_id = ? order by start_offset")) {
                s.setObject(1, uploadId);
                s.setFetchSize(FETCH);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byte[] piece = rs.getBytes(1);
                        digest.update(piece);
                        size += piece.length;
                    }
                }
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            boolean fresh;
            try (PreparedStatement s = c.prepareStatement(
                    "insert into evidence_blob (sha256, size, created_at) values (?, ?, now()) on conflict (sha256) do nothing")) {
                s.setString(1, hash);
                s.setLong(2, size);
                fresh = s.executeUpdate() == 1;
            }
            if (fresh) {
                // Moved inside the database: the bytes never pass through the service again.
                try (PreparedStatement s = c.prepareStatement("""
                        insert into evidence_blob_piece (sha256, seq, data)
                        select ?, row_number() over (order by start_offset), data from upload_piece where upload_id = ?""")) {
                    s.setString(1, hash);
                    s.setObject(2, uploadId);
                    s.executeUpdate();
                }
            }
            truncate(uploadId, 0);
            return new Sealed(hash, size);
        } catch (SQLException e) {
            throw new IllegalStateException("sealing an upload failed", e);
        }
    }

    @Override
    public Sealed keep(byte[] content) {
        String hash = HexFormat.of().formatHex(sha256().digest(content));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into evidence_blob (sha256, size, created_at) values (?, ?, now()) on conflict (sha256) do nothing")) {
                s.setString(1, hash);
                s.setLong(2, content.length);
                if (s.executeUpdate() == 0) {
                    return new Sealed(hash, content.length);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into evidence_blob_piece (sha256, seq, data) values (?, ?, ?)")) {
                int seq = 1;
                for (int from = 0; from < content.length || seq == 1; from += KEPT_PIECE) {
                    int length = Math.min(KEPT_PIECE, content.length - from);
                    s.setString(1, hash);
                    s.setInt(2, seq++);
                    s.setBinaryStream(3, new ByteArrayInputStream(content, from, length), length);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return new Sealed(hash, content.length);
        } catch (SQLException e) {
            throw new IllegalStateException("keeping a file failed", e);
        }
    }

    @Override
    public boolean copy(String sha256, OutputStream out) {
        return stream(sha256, piece -> {
            try {
                out.write(piece);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Optional<String> rehash(String sha256) {
        MessageDigest digest = sha256();
        return stream(sha256, digest::update) ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    }

    private boolean stream(String sha256, Consumer<byte[]> sink) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select 1 from evidence_blob where sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select data from evidence_blob_piece where sha256 = ? order by seq")) {
                s.setString(1, sha256);
                s.setFetchSize(FETCH);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getBytes(1));
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("reading evidence failed", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
