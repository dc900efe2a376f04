package org.fieldlaw.privacy.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals text with AES-256-GCM under named keys. A sealed value reads {@code sealed:v1:<key id>:<base64 nonce and
 * ciphertext>}: it names the key that sealed it, so a new key can seal from today while every listed key still opens
 * what it sealed, and the values under a retired key can be found and sealed again without downtime. The header is
 * authenticated with the text, so a value cannot be passed off as sealed by another key.
 */
public final class Sealer {

    public static final String PREFIX = "sealed:v1:";
    /** Key ids are short and plain, so a header can be matched with SQL LIKE without escaping. */
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String active;
    private final SecureRandom random = new SecureRandom();
    /** A cipher object per thread, initialised afresh (key, nonce) for each value: finding one among the providers costs more than using it. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    public Sealer(Map<String, byte[]> keys, String active) {
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id is 1-32 of a-z, 0-9 and '-': " + id);
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " has " + key.length + " bytes, not " + KEY_BYTES);
            }
            this.keys.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!this.keys.containsKey(active)) {
            throw new IllegalArgumentException("the active key " + active + " is not among the keys " + this.keys.keySet());
        }
        this.active = active;
    }

    public String activeKey() {
        return active;
    }

    /** What a value sealed by the active key starts with. */
    public String activeHeader() {
        return PREFIX + active + ":";
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String header = activeHeader();
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(active), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return header + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The text of a sealed value. A value without the header was written before sealing began and is returned as it
     * is, until the resealing job reaches it.
     */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new SealingException("a sealed value without its key id");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new SealingException("sealed by key " + keyId + ", which this service does not hold");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new SealingException("a sealed value that is not base64");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealingException("a sealed value too short to hold its nonce and tag");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(stored.substring(0, colon + 1).getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealingException("a sealed value that was altered, or sealed by another key under the same id");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The id of the key that sealed a value; empty for a value not sealed. */
    public static Optional<String> keyOf(String stored) {
        if (!isSealed(stored)) {
            return Optional.empty();
        }
        int colon = stored.indexOf(':', PREFIX.length());
        return colon < 0 ? Optional.empty() : Optional.of(stored.substring(PREFIX.length(), colon));
    }
}
