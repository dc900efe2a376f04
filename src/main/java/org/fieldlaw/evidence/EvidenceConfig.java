package org.fieldlaw.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** Where evidence is kept and the limits of uploads (fieldlaw.evidence.*), announced to clients in the tus OPTIONS answer. */
@ConfigMapping(prefix = "fieldlaw.evidence")
public interface EvidenceConfig {

    /** Where new evidence bytes go. Files kept in PostgreSQL stay readable after a move to an object store. */
    enum Store {
        POSTGRES, S3
    }

    @WithDefault("postgres")
    Store store();

    /** The largest file accepted (Tus-Max-Size): a few minutes of phone video. */
    @WithDefault("1073741824")
    long maxSize();

    /**
     * Bytes kept per piece: what one request holds in memory at a time, and what a broken link may
     * cost the phone (a piece is kept whole or not at all). A phone photo is one piece.
     */
    @WithDefault("1048576")
    int pieceSize();

    /** The S3-compatible object store (Ceph, MinIO, OSS, OBS, S3) when {@code store=s3}. */
    S3 s3();

    /** The sweep of objects no row names (an object store only). */
    OrphanSweep orphanSweep();

    interface OrphanSweep {
        /** How often a replica sweeps ("disabled" to never); one replica per period. */
        @WithDefault("24h")
        String every();

        /** Objects younger than this may belong to a transaction still running: they are left. */
        @WithDefault("24h")
        java.time.Duration minAge();
    }

    interface S3 {
        /** The store's URL; the provider's default endpoint when absent. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        /** Static credentials; the SDK's default chain (environment, web identity, instance profile) when absent. */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Bucket in the path, not the host name: what Ceph and MinIO expect. */
        @WithDefault("true")
        boolean pathStyle();
    }
}
