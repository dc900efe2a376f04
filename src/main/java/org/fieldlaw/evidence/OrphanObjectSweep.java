package org.fieldlaw.evidence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.fieldlaw.common.OncePerPeriod;
import org.jboss.logging.Logger;

/**
 * Deletes the object store's objects that no ledger row names and that are older than any transaction could be
 * (issue 15): a replica killed between putting a piece and recording it, a rollback after a put, a delete that failed.
 * Without it they would only cost space, never correctness; with PostgreSQL as the store there is nothing to sweep.
 */
@ApplicationScoped
public class OrphanObjectSweep {

    private static final Logger LOG = Logger.getLogger(OrphanObjectSweep.class);

    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final OncePerPeriod once;
    private final Clock clock;
    private final Counter deleted;

    OrphanObjectSweep(EvidenceStore store, EvidenceConfig config, OncePerPeriod once, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.once = once;
        this.clock = clock;
        this.deleted = Counter.builder("fieldlaw.evidence.orphan.objects.deleted")
                .description("objects of the object store that no row named, deleted by the sweep").register(registry);
    }

    @Scheduled(every = "${fieldlaw.evidence.orphan-sweep.every}", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.store() == EvidenceConfig.Store.S3 && once.claim("evidence-orphan-sweep", config.orphanSweep().every())) {
            run(clock.instant().minus(config.orphanSweep().minAge()));
        }
    }

    /** Sweeps the objects put before {@code putBefore}; empty when evidence is kept in PostgreSQL. */
    public Optional<EvidenceStore.Sweep> run(Instant putBefore) {
        Optional<EvidenceStore.Sweep> swept = store.sweepOrphans(putBefore);
        swept.ifPresent(sweep -> {
            deleted.increment(sweep.deleted());
            LOG.infof("evidence orphan sweep: %d object(s) listed, %d no row named deleted", sweep.listed(), sweep.deleted());
        });
        return swept;
    }
}
