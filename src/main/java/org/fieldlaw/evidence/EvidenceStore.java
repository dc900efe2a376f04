package org.fieldlaw.evidence;

import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where evidence bytes live: pieces of uploads in progress, then whole files by SHA-256. Every
 * method streams; none holds a file in memory. PostgreSQL by default; an S3-compatible object
 * store can take over at scale behind the same methods (docs/architecture.md §5). Each call runs in the
 * caller's transaction.
 */
public interface EvidenceStore {

    /** A sealed file: its SHA-256 (hex) and size. */
    record Sealed(String sha256, long size) {
    }

    /** Keeps {@code length} bytes of {@code data} received at {@code offset} of the upload. */
    void appendPiece(UUID uploadId, long offset, byte[] data, int length);

    /** Forgets every piece from {@code offset} on, after a checksum mismatch or a cut-off request. */
    void truncate(UUID uploadId, long offset);

    /** Hashes the complete upload, files it by its SHA-256 (once, however often it was uploaded) and drops the pieces. */
    Sealed seal(UUID uploadId);

    /**
     * Files bytes the service made itself (an issued document, a few hundred kilobytes, already in memory)
     * by their SHA-256, once however often they are kept.
     */
    Sealed keep(byte[] content);

    /** Writes the file to {@code out}; empty when no file has that hash. */
    boolean copy(String sha256, OutputStream out);

    /** The SHA-256 of the bytes stored under {@code sha256} as they are now: differs when the file was altered. */
    Optional<String> rehash(String sha256);
}
