package org.fieldlaw.patrols;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.OncePerPeriod;
import org.fieldlaw.patrols.model.SiteStatus;
import org.jboss.logging.Logger;

/**
 * Looks for demolition orders whose deadline passed with the building still standing and raises
 * the overdue alarm on each (Planning Law Art 68), without waiting for anyone to visit. Each site in
 * its own transaction, so one failure leaves the others raised.
 */
@ApplicationScoped
public class DemolitionDeadlines {

    private static final Logger LOG = Logger.getLogger(DemolitionDeadlines.class);

    private final SiteAlarms alarms;
    private final OncePerPeriod once;
    private final PatrolConfig config;
    private final Clock clock;

    DemolitionDeadlines(SiteAlarms alarms, OncePerPeriod once, PatrolConfig config, Clock clock) {
        this.alarms = alarms;
        this.once = once;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${fieldlaw.patrols.overdue-check-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        // every replica's timer fires; one of them sweeps (raising is safe twice, but the sweep is not free)
        if (!once.claim("demolition-deadlines", config.overdueCheckEvery())) {
            return;
        }
        int raised = escalate(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("raised %d overdue-demolition alarm(s)", raised);
        }
    }

    /** Raises the alarm on every site whose demolition order ran out before {@code today}; answers how many were raised. */
    public int escalate(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Site.<Site>list("""
                from Site s where s.status = ?1 and s.orderDeadline < ?2
                and not exists (select 1 from SiteAlarm a where a.siteId = s.id and a.kind = ?3 and a.orderDeadline = s.orderDeadline)""",
                SiteStatus.DEMOLITION_ORDERED, today, AlarmKind.DEMOLITION_OVERDUE).stream().map(s -> s.id).toList());
        int raised = 0;
        for (UUID site : due) {
            if (QuarkusTransaction.requiringNew().call(() -> alarms.raiseOverdue(site, today))) {
                raised++;
            }
        }
        return raised;
    }
}
