package org.fieldlaw.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;

/**
 * The issuing bodies' signing keys: from the configured PKCS#12 key store (production), or, in dev and test,
 * made on first use and certified by a CA made at start. A body with no key cannot issue: the answer says so.
 */
@ApplicationScoped
class SigningKeys {

    /** A body's key and the chain that certifies it, the body's own certificate first. */
    record SigningKey(PrivateKey key, List<X509Certificate> chain) {
    }

    private static final String ALGORITHM = "SHA256withRSA";

    private final DocumentConfig.Signing config;
    private final Optional<KeyStore> store;
    private final Map<String, SigningKey> made = new ConcurrentHashMap<>();
    private volatile SigningKey authority;

    SigningKeys(DocumentConfig config) {
        this.config = config.signing();
        this.store = this.config.keyStore().map(path -> load(Path.of(path), this.config.keyStorePassword().orElse("").toCharArray()));
    }

    SigningKey of(String alias, String name) {
        if (store.isPresent()) {
            Optional<SigningKey> stored = stored(store.get(), alias);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        if (!config.generate()) {
            throw new ApiException(ProblemType.CONFLICT, "本机关尚未配置文书签章密钥，不能出具文书 (no signing key for " + name + ", alias " + alias
                    + "; add it to fieldlaw.documents.signing.key-store)");
        }
        return made.computeIfAbsent(alias, a -> make(name));
    }

    private Optional<SigningKey> stored(KeyStore ks, String alias) {
        try {
            if (!ks.isKeyEntry(alias)) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, config.keyStorePassword().orElse("").toCharArray());
            Certificate[] chain = ks.getCertificateChain(alias);
            return Optional.of(new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("文书签章密钥无法读取 (the signing key " + alias + " cannot be read)", e);
        }
    }

    private static KeyStore load(Path path, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("文书签章密钥库无法读取 (the signing key store cannot be read): " + path, e);
        }
    }

    private SigningKey make(String name) {
        SigningKey ca = authority();
        KeyPair pair = rsa();
        X509Certificate cert = certificate(subject(name), pair, X500Name.getInstance(ca.chain().get(0).getSubjectX500Principal().getEncoded()), ca.key(), false);
        return new SigningKey(pair.getPrivate(), List.of(cert, ca.chain().get(0)));
    }

    private synchronized SigningKey authority() {
        if (authority == null) {
            KeyPair pair = rsa();
            X500Name name = subject("Fieldlaw 开发测试签章 CA (dev and test only)");
            X509Certificate cert = certificate(name, pair, null, pair.getPrivate(), true);
            authority = new SigningKey(pair.getPrivate(), List.of(cert));
        }
        return authority;
    }

    private static X500Name subject(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "Fieldlaw").addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey issuerKey, boolean authority) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer == null ? subject : issuer,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                    subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(ALGORITHM).build(issuerKey)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("making a signing certificate failed", e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
