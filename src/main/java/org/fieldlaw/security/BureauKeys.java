package org.fieldlaw.security;

import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys city and county bureaus sign their tokens and bundles with, as registered by their
 * administrators; the agency register implements it. Only keys not revoked are found.
 */
public interface BureauKeys {

    /** A registered key: the body it belongs to, that body's jurisdiction, and the key itself. */
    record ActiveKey(String kid, UUID bodyId, String jurisdictionCode, PublicKey publicKey) {
    }

    Optional<ActiveKey> find(String kid);
}
