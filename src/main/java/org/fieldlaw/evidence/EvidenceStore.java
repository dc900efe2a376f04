package org.fieldlaw.evidence;

import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where evidence bytes live: pieces of uploads, which become the stored file by its SHA-256 when
 * the upload completes (written once, never copied), and files the service makes itself. Every
 * method streams; none holds a file in memory. Chosen by {@code fieldlaw.evidence.store}:
 * PostgreSQL ({@link PostgresEvidenceStore}) or an S3-compatible object store
 * ({@link ObjectStoreEvidenceStore}); both keep the {@link EvidenceLedger} of pieces in PostgreSQL.
 */
public interface EvidenceStore {

    /** A sealed file: its SHA-256 (hex) and size. */
    record Sealed(String sha256, long size) {
    }

    /**
     * Received bytes put where they will stay, not yet part of the upload: {@code data} holds them
     * when the ledger row keeps the bytes itself, {@code objectKey} names the object otherwise.
     */
    record Piece(UUID uploadId, long offset, int length, byte[] data, String objectKey) {
    }

    /**
     * Before any transaction: puts {@code length} bytes received at {@code offset} of the upload where
     * they will stay. The buffer may be reused once the piece is recorded or abandoned.
     */
    Piece put(UUID uploadId, long offset, byte[] data, int length);

    /** In the transaction that advances the upload's offset: the piece becomes part of the upload. */
    void record(Piece piece);

    /** The piece was put but its transaction failed: its bytes go. */
    void abandon(Piece piece);

    /** In the caller's transaction: forgets every piece from {@code offset} on (a checksum mismatch). */
    void truncate(UUID uploadId, long offset);

    /** The SHA-256 of an upload received over several requests, read back from its pieces. */
    String hash(UUID uploadId);

    /**
     * In the caller's transaction: files a complete upload under its SHA-256 without copying a byte.
     * When a file with that hash is kept already, that one stays and this upload's pieces go.
     */
    Sealed seal(UUID uploadId, String sha256, long size);

    /**
     * Files bytes the service made itself (an issued document, a few hundred kilobytes, already in memory)
     * by their SHA-256, once however often they are kept.
     */
    Sealed keep(byte[] content);

    /** Writes the file to {@code out}; false when no file has that hash. */
    boolean copy(String sha256, OutputStream out);

    /** The SHA-256 of the bytes stored under {@code sha256} as they are now: differs when the file was altered. */
    Optional<String> rehash(String sha256);

    /** What a sweep of objects no row names saw: objects listed, and those deleted. */
    record Sweep(long listed, long deleted) {
    }

    /**
     * Deletes what this store holds that no row names and that was written before {@code writtenBefore}; empty for a
     * store whose bytes live in the rows themselves (PostgreSQL), where nothing can be left behind.
     */
    default Optional<Sweep> sweepOrphans(java.time.Instant writtenBefore) {
        return Optional.empty();
    }
}
