package org.fieldlaw.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    /**
     * After a pass that found nothing to seal, how long this replica leaves the columns unscanned: values are sealed
     * as written, so only a rolling upgrade from before sealing or a new active key leaves any, and a full scan of
     * every registered column each ten minutes is waste. A restart (as a new active key needs) scans again at once.
     */
    @WithDefault("24h")
    Duration resealQuietAfterClean();

    /** Rows sealed again per transaction. */
    @WithDefault("500")
    int resealBatch();
}
