package org.fieldlaw.discretion;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.fieldlaw.agency.BureauKeyDirectory;
import org.fieldlaw.agency.DemoData;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Dev mode's sample baselines (resources demo/*.json, marked 示例): the city baseline and a 蓬江区
 * refinement, published the way a bureau would: a key registered for the bureau, the bundle
 * signed with it, imported through the same checks.
 */
@ApplicationScoped
public class DemoBaselines {

    private final BundleImportService imports;
    private final BureauKeyDirectory keyDirectory;

    DemoBaselines(BundleImportService imports, BureauKeyDirectory keyDirectory) {
        this.imports = imports;
        this.keyDirectory = keyDirectory;
    }

    public void load() {
        if (BaselineBundle.count() > 0) {
            return;
        }
        publish(DemoData.JIANGMEN_BUREAU, "440700", "demo/jiangmen-city-baseline.json");
        publish(DemoData.PENGJIANG_BUREAU, "440703", "demo/pengjiang-refinement.json");
        Log.info("Demo baselines published: 江门市 city baseline and 蓬江区 refinement (samples)");
    }

    private void publish(UUID bureau, String jurisdiction, String resource) {
        KeyPair keys = rsa();
        String kid = "demo-" + jurisdiction + "-" + UUID.randomUUID().toString().substring(0, 8);
        keyDirectory.register(bureau, kid, keys.getPublic());
        ImportResult result = imports.importBundle(bureau, jurisdiction, sign(read(resource), kid, keys));
        Log.infof("Demo bundle %s: %s, %d violations", resource, result.outcome(), result.violations());
    }

    /** A compact RS256 JWS of {@code payload}, as a bureau signs its bundle. */
    public static String sign(String payload, String kid, KeyPair keys) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setKey(keys.getPrivate());
            jws.setKeyIdHeaderValue(kid);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
