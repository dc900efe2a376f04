package org.fieldlaw.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.EnforcementBody;

/** Finds the registered, unrevoked bureau key a token names. */
@ApplicationScoped
public class BureauKeyDirectory {

    public record ActiveKey(String kid, UUID bodyId, String jurisdictionCode, PublicKey publicKey) {
    }

    @Transactional
    public Optional<ActiveKey> find(String kid) {
        BureauKey key = BureauKey.findById(kid);
        if (key == null || key.revokedAt != null) {
            return Optional.empty();
        }
        EnforcementBody body = EnforcementBody.findById(key.bodyId);
        return Optional.of(new ActiveKey(kid, key.bodyId, body.jurisdictionCode, PublicKeys.fromPem(key.publicKeyPem)));
    }
}
