package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
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
}
