package org.fieldlaw.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Scheduled jobs run once per period across replicas: each replica's timer fires, the first to claim the period
 * runs the job, the others skip; the next period can be claimed again.
 */
@QuarkusTest
class OncePerPeriodTest {

    @Inject
    OncePerPeriod once;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneClaimWinsAPeriodEvenWhenTimersFireTogether() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        int timers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(timers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < timers; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    return once.claim(job, "15m");
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won, "one replica runs the job in the period");
        } finally {
            pool.shutdownNow();
        }
        assertFalse(once.claim(job, Duration.ofMinutes(15)), "the period is taken");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // 14 minutes on: inside the tenth of the period forgiven to a timer that fires a little early
            s.execute("update scheduled_job set last_started = now() - interval '14 minutes' where name = '" + job + "'");
        }
        assertTrue(once.claim(job, "15m"), "the next period, even from a timer a minute early");
        assertFalse(once.claim(job, "15m"));
    }

    @Test
    void periodsReadAsTheSchedulerWritesThem() {
        assertEquals(Duration.ofMinutes(15), OncePerPeriod.parse("15m"));
        assertEquals(Duration.ofHours(1), OncePerPeriod.parse("1h"));
        assertEquals(Duration.ofSeconds(30), OncePerPeriod.parse("30s"));
        assertEquals(Duration.ofDays(1), OncePerPeriod.parse("1d"));
        assertEquals(Duration.ofMinutes(30), OncePerPeriod.parse("PT30M"));
        assertThrows(RuntimeException.class, () -> OncePerPeriod.parse("disabled"));
    }
}
