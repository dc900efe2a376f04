package org.fieldlaw.security;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** What a bureau's machine-to-machine token must satisfy. */
@ConfigMapping(prefix = "fieldlaw.bureau")
public interface BureauConfig {

    /** The "aud" every bureau token must carry. */
    String audience();

    /** Tokens living longer than this (iat to exp) are refused. */
    Duration maxTokenAge();
}
