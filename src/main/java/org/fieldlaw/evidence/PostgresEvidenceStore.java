package org.fieldlaw.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence in PostgreSQL: each piece's bytes in its ledger row (bytea, stored uncompressed), so a
 * piece and the upload's new offset commit together. The object store extends this one and
 * overrides where the bytes go; reading, hashing and filing are the same for both.
 */
public class PostgresEvidenceStore implements EvidenceStore {

    /** Pieces of a kept file: the size a tus client's chunk commonly has. */
    private static final int KEPT_PIECE = 1 << 20;

    protected final EvidenceLedger ledger;

    public PostgresEvidenceStore(EvidenceLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Piece put(UUID uploadId, long offset, byte[] data, int length) {
        return new Piece(uploadId, offset, length, data, null);
    }

    @Override
    public void record(Piece piece) {
        ledger.addPiece(piece);
    }

    @Override
    public void abandon(Piece piece) {
        if (piece.objectKey() != null) {
            forget(List.of(piece.objectKey()));
        }
    }

    @Override
    public void truncate(UUID uploadId, long offset) {
        forget(ledger.dropPieces(uploadId, offset));
    }

    @Override
    public String hash(UUID uploadId) {
        MessageDigest digest = sha256();
        ledger.forEachPiece(uploadId, (data, key) -> {
            if (data != null) {
                digest.update(data);
            } else {
                readObject(key, digesting(digest));
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public Sealed seal(UUID uploadId, String sha256, long size) {
        if (!ledger.fileUpload(sha256, size, uploadId)) {
            // The same bytes were filed before: kept once.
            truncate(uploadId, 0);
        }
        return new Sealed(sha256, size);
    }

    @Override
    public Sealed keep(byte[] content) {
        String hash = HexFormat.of().formatHex(sha256().digest(content));
        if (ledger.fileKept(hash, content.length)) {
            String key = putWhole(hash, content);
            if (key != null) {
                ledger.addFilePiece(hash, 1, null, 0, content.length, key);
            } else {
                int seq = 1;
                for (int from = 0; from < content.length || seq == 1; from += KEPT_PIECE) {
                    ledger.addFilePiece(hash, seq++, content, from, Math.min(KEPT_PIECE, content.length - from), null);
                }
            }
        }
        return new Sealed(hash, content.length);
    }

    @Override
    public boolean copy(String sha256, OutputStream out) {
        return ledger.forEachFilePiece(sha256, (data, key) -> {
            if (data != null) {
                try {
                    out.write(data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                readObject(key, out);
            }
        });
    }

    @Override
    public Optional<String> rehash(String sha256) {
        MessageDigest digest = sha256();
        return copy(sha256, digesting(digest)) ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    }

    /** Puts a whole kept file outside the database; null keeps it in ledger rows. */
    protected String putWhole(String sha256, byte[] content) {
        return null;
    }

    /** Writes the object under {@code key} to {@code out}. */
    protected void readObject(String key, OutputStream out) {
        throw new IllegalStateException("evidence piece " + key + " is in an object store: set fieldlaw.evidence.store=s3 to read it");
    }

    /** Objects no longer part of any upload or file, once the transaction that dropped them commits. */
    protected void forget(List<String> objectKeys) {
        // Nothing of this store lives outside the database.
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes what is written to it, and keeps nothing. */
    private static OutputStream digesting(MessageDigest digest) {
        return new DigestOutputStream(OutputStream.nullOutputStream(), digest);
    }
}
