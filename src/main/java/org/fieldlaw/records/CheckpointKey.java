package org.fieldlaw.records;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's key for signing checkpoints (Ed25519): read from a PKCS#8 PEM file in production
 * ({@code FIELDLAW_CHECKPOINT_KEY}); without one, made at start, which still anchors the records against a change in
 * the database but lets a checkpoint made before a restart be checked only by the key written in it.
 */
@ApplicationScoped
public class CheckpointKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    CheckpointKey(@ConfigProperty(name = "fieldlaw.records.checkpoints.key") Optional<String> keyFile) {
        try {
            if (keyFile.isPresent()) {
                String pem = Files.readString(Path.of(keyFile.get()), StandardCharsets.US_ASCII);
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
                publicKey = derivePublic(factory, der);
            } else {
                Log.warn("No checkpoint key configured (FIELDLAW_CHECKPOINT_KEY): checkpoints are signed with a key made at start");
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint key cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint key is not an Ed25519 PKCS#8 key", e);
        }
    }

    byte[] sign(String statement) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(statement.getBytes(StandardCharsets.UTF_8));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] publicKey() {
        return publicKey.getEncoded();
    }

    /** Whether {@code signature} is this service's, by its current key, over the statement. */
    boolean verify(String statement, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey);
            s.update(statement.getBytes(StandardCharsets.UTF_8));
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public half of an Ed25519 PKCS#8 key, which the plain encoding openssl writes does not carry. */
    private static PublicKey derivePublic(KeyFactory factory, byte[] pkcs8) throws GeneralSecurityException {
        try {
            byte[] seed = ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey()).getOctets();
            byte[] raw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
            byte[] x509 = new byte[X509_PREFIX.length + raw.length];
            System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
            System.arraycopy(raw, 0, x509, X509_PREFIX.length, raw.length);
            return factory.generatePublic(new X509EncodedKeySpec(x509));
        } catch (IOException | IllegalArgumentException e) {
            throw new GeneralSecurityException("the PKCS#8 key cannot be read", e);
        }
    }

    /** SubjectPublicKeyInfo of an Ed25519 key, up to the 32 bytes of the key itself (RFC 8410). */
    private static final byte[] X509_PREFIX = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 };
}
