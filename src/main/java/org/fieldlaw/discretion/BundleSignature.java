package org.fieldlaw.discretion;

import java.security.PublicKey;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Reads and verifies a bundle's JWS (compact serialisation) before anything in it is trusted. */
final class BundleSignature {

    private static final AlgorithmConstraints ALLOWED = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

    static final Set<String> ALGORITHMS = Set.of(AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

    private BundleSignature() {
    }

    /** The "kid" header, read without trusting anything else yet; null when the text is no JWS. */
    static String keyId(String compact) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(compact);
            return jws.getKeyIdHeaderValue();
        } catch (JoseException | RuntimeException e) {
            return null;
        }
    }

    /** The payload if the signature verifies with {@code key}; empty otherwise. */
    static Optional<String> verifiedPayload(String compact, PublicKey key) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(ALLOWED);
            jws.setCompactSerialization(compact);
            jws.setKey(key);
            return jws.verifySignature() ? Optional.of(jws.getPayload()) : Optional.empty();
        } catch (JoseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
