package org.fieldlaw.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How parties' personal data is sealed at rest (fieldlaw.privacy.*); docs/architecture.md §4 says how to rotate. */
@ConfigMapping(prefix = "fieldlaw.privacy")
public interface PrivacyConfig {

    /** The AES-256 keys, {@code id:base64,id:base64}: every one listed opens what it sealed. */
    Optional<String> keys();

    /** The id of the key that seals from now on. */
    Optional<String> activeKey();

    /** The HMAC key (base64, at least 32 bytes) behind the identifier lookups; it cannot rotate without rehashing. */
    Optional<String> lookupKey();

    /** How often a replica looks for values written before sealing or under a retired key ("disabled" to never). */
    @WithDefault("10m")
    String resealEvery();

    /** Rows sealed again per transaction. */
    @WithDefault("500")
    int resealBatch();
}
