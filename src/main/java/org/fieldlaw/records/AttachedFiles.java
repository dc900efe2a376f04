package org.fieldlaw.records;

import java.util.Optional;

/**
 * The files record lines name by SHA-256, as the evidence store keeps them; implemented there. The
 * verification re-hashes each one: an altered file no longer has the hash recorded.
 */
public interface AttachedFiles {

    /** The SHA-256 of the bytes now stored under {@code sha256}; empty when none are. */
    Optional<String> rehash(String sha256);
}
