package org.fieldlaw.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.fieldlaw.common.OncePerPeriod;
import org.jboss.logging.Logger;

/**
 * Seals what is not sealed by the active key: rows written before sealing began (the migration of existing rows),
 * and rows sealed by a key being retired (rotation without downtime: configure the new key as active beside the old,
 * let this run, then drop the old key). Identifiers from before hashing are hashed and their plain value cleared.
 * Rows are taken in batches with SKIP LOCKED, so replicas and the features' own writes never wait on it; the
 * transaction says it is resealing, so the change feed and the record's append-only rule let the rewrite through
 * (the content is the same; the record's hash covers the opened text, so a rewrite that changed it would show).
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);

    private final List<PersonalDataColumns> owners;
    private final PersonalData personalData;
    private final EntityManager em;
    private final OncePerPeriod once;
    private final PrivacyConfig config;
    private final Counter resealed;
    private final Clock clock;
    private volatile Instant quietUntil = Instant.MIN;

    Resealing(@All List<PersonalDataColumns> owners, PersonalData personalData, EntityManager em, OncePerPeriod once,
            PrivacyConfig config, MeterRegistry registry, Clock clock) {
        this.owners = owners;
        this.personalData = personalData;
        this.em = em;
        this.once = once;
        this.config = config;
        this.resealed = Counter.builder("fieldlaw.personal.data.resealed")
                .description("values of personal data sealed again (written before sealing, or under a retired key)")
                .register(registry);
        this.clock = clock;
    }

    @Scheduled(every = "${fieldlaw.privacy.reseal-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        passIfDue(config.resealEvery());
    }

    /** A pass over every column, unless this replica rests after a clean pass or another replica has the period. */
    void passIfDue(String period) {
        if (quiet()) {
            return;
        }
        if (once.claim("personal-data-resealing", period)) {
            quietUntil = run() == 0 ? clock.instant().plus(config.resealQuietAfterClean()) : Instant.MIN;
        }
    }

    /** Whether the last pass found nothing and the next is not yet due. */
    boolean quiet() {
        return clock.instant().isBefore(quietUntil);
    }

    /** Every registered column to the end; the number of values sealed or hashed. */
    public long run() {
        long total = 0;
        for (PersonalDataColumns owner : owners) {
            for (PersonalDataColumns.Sealed s : owner.sealed()) {
                total += untilDone(s.table() + "." + s.column(), "sealed under the active key", () -> sealBatch(s));
            }
            for (PersonalDataColumns.Hashed h : owner.hashed()) {
                total += untilDone(h.table() + "." + h.plainColumn(), "hashed for lookup and cleared", () -> hashBatch(h));
            }
        }
        return total;
    }

    private long untilDone(String where, String what, IntSupplier batch) {
        long done = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            done += n;
        } while (n >= config.resealBatch());
        if (done > 0) {
            resealed.increment(done);
            LOG.infof("personal data: %d value(s) of %s %s", done, where, what);
        }
        return done;
    }

    private int sealBatch(PersonalDataColumns.Sealed s) {
        saySealing();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ctid::text, " + s.column() + " from " + s.table()
                + " where " + s.column() + " is not null and " + s.column() + " not like ?1 limit ?2 for update skip locked")
                .setParameter(1, personalData.activeHeader() + "%").setParameter(2, config.resealBatch()).getResultList();
        for (Object[] row : rows) {
            String sealed = personalData.seal(personalData.open((String) row[1]));
            em.createNativeQuery("update " + s.table() + " set " + s.column() + " = ?1 where ctid = cast(?2 as tid)")
                    .setParameter(1, sealed).setParameter(2, row[0]).executeUpdate();
        }
        return rows.size();
    }

    private int hashBatch(PersonalDataColumns.Hashed h) {
        saySealing();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ctid::text, " + h.plainColumn() + " from " + h.table()
                + " where " + h.plainColumn() + " is not null limit ?1 for update skip locked")
                .setParameter(1, config.resealBatch()).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("update " + h.table() + " set " + h.keyColumn() + " = ?1, " + h.plainColumn() + " = null where ctid = cast(?2 as tid)")
                    .setParameter(1, personalData.lookupKey((String) row[1])).setParameter(2, row[0]).executeUpdate();
        }
        return rows.size();
    }

    /** Read by the change-feed triggers and the record's append-only rule (V30 migration). */
    private void saySealing() {
        em.createNativeQuery("select set_config('fieldlaw.resealing', 'on', true)").getSingleResult();
    }
}
