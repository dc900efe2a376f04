package org.fieldlaw.privacy.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) that stands for a party's identifier where it must be looked up: a sealed value cannot
 * be matched, and a plain hash of an 18-character resident ID number is reversed by trying every birth date and
 * serial. Without the key, the hash says nothing; with it, the same identifier always gives the same hash.
 */
public final class LookupKeys {

    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    /** Looking a MAC up among the providers costs more than the hash itself; each thread keeps one, keyed, and reuses it. */
    private final ThreadLocal<Mac> macs;

    public LookupKeys(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the lookup key has " + key.length + " bytes, fewer than " + MIN_KEY_BYTES);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** 64 hex digits; identifiers are compared as the case stores them, trimmed and in upper case. */
    public String of(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        // doFinal leaves the MAC reset and keyed for the next identifier
        return HexFormat.of().formatHex(macs.get().doFinal(identifier.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    }
}
