package org.fieldlaw.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of evidence uploads (fieldlaw.evidence.*), announced to clients in the tus OPTIONS answer. */
@ConfigMapping(prefix = "fieldlaw.evidence")
public interface EvidenceConfig {

    /** The largest file accepted (Tus-Max-Size): a few minutes of phone video. */
    @WithDefault("1073741824")
    long maxSize();

    /** Bytes stored per database row: what one request holds in memory at a time. */
    @WithDefault("262144")
    int pieceSize();
}
