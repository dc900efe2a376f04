package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.security.BureauKeys;
import org.fieldlaw.security.PublicKeys;

/** Finds the registered, unrevoked bureau key a token or a bundle names. */
@ApplicationScoped
public class BureauKeyDirectory implements BureauKeys {

    @Override
    @Transactional
    public Optional<ActiveKey> find(String kid) {
        BureauKey key = BureauKey.findById(kid);
        if (key == null || key.revokedAt != null) {
            return Optional.empty();
        }
        EnforcementBody body = EnforcementBody.findById(key.bodyId);
        return Optional.of(new ActiveKey(kid, key.bodyId, body.jurisdictionCode, PublicKeys.fromPem(key.publicKeyPem)));
    }

    /** Registers a key for a bureau from inside the service (the sample bundles of dev mode are signed with one). */
    @Transactional
    public void register(UUID bodyId, String kid, PublicKey publicKey) {
        BureauKey key = new BureauKey();
        key.kid = kid;
        key.bodyId = bodyId;
        key.publicKeyPem = PublicKeys.toPem(publicKey);
        key.registeredAt = OffsetDateTime.now();
        key.persist();
    }
}
