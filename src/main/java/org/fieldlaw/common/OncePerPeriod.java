package org.fieldlaw.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Lets one replica run a scheduled job per period. Every replica's timer fires; the first to claim the period in
 * {@code scheduled_job} (one atomic upsert, no lock held while the job runs) runs it, and the others find the
 * period taken and skip. A tenth of the period is forgiven, so timers that drift a little do not skip a period.
 */
@ApplicationScoped
public class OncePerPeriod {

    private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager entityManager;

    OncePerPeriod(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this replica runs {@code job} now; {@code period} as the scheduler's "every" (15m, 1h, PT30M). */
    public boolean claim(String job, String period) {
        return claim(job, parse(period));
    }

    public boolean claim(String job, Duration period) {
        long forgiven = period.toMillis() * 9 / 10;
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery("""
                insert into scheduled_job (name, last_started, started_by) values (?1, now(), ?2)
                on conflict (name) do update set last_started = now(), started_by = ?2
                where scheduled_job.last_started <= now() - make_interval(secs => ?3)
                returning name""").setParameter(1, job).setParameter(2, REPLICA).setParameter(3, forgiven / 1000.0)
                .getResultList().isEmpty());
    }

    /** The scheduler's "every" syntax: a number and a unit (s, m, h, d), or an ISO-8601 duration. */
    static Duration parse(String every) {
        String value = every.trim().toUpperCase(Locale.ROOT);
        if (value.startsWith("P")) {
            return Duration.parse(value);
        }
        return value.endsWith("D") ? Duration.parse("P" + value) : Duration.parse("PT" + value);
    }
}
