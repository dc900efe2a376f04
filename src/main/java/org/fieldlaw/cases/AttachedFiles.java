package org.fieldlaw.cases;

import java.util.Optional;

/**
 * The files a case's record names by SHA-256, as another feature stores them (evidence). The
 * record's verification re-hashes each one: an altered file no longer has the hash recorded.
 */
public interface AttachedFiles {

    /** The SHA-256 of the bytes now stored under {@code sha256}; empty when none are. */
    Optional<String> rehash(String sha256);
}
