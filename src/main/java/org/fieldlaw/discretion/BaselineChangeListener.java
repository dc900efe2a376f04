package org.fieldlaw.discretion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every replica that a bundle landed (PostgreSQL LISTEN/NOTIFY): the importing transaction
 * sends a notification that is delivered only if it commits; each replica listens on a connection
 * of its own and reloads its index. A replica ignores its own notices (it reloads after commit).
 */
@ApplicationScoped
public class BaselineChangeListener {

    static final String CHANNEL = "baseline_changed";
    private static final long POLL_MILLIS = 500;

    private final String instance = UUID.randomUUID().toString();
    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final BaselineIndex index;
    private volatile boolean running;
    private Thread thread;

    BaselineChangeListener(AgroalDataSource dataSource, EntityManager em, BaselineIndex index) {
        this.dataSource = dataSource;
        this.em = em;
        this.index = index;
    }

    /** Inside the importing transaction: queued now, delivered on commit. */
    void announce(UUID bundleId) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, instance + " " + bundleId)
                .getSingleResult();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "baseline-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                // A notice missed while reconnecting would leave this replica stale: reload on every (re)connect.
                index.reload();
                while (running) {
                    PGNotification[] notes = pg.getNotifications((int) POLL_MILLIS);
                    if (notes == null || notes.length == 0) {
                        continue;
                    }
                    boolean foreign = false;
                    for (PGNotification note : notes) {
                        foreign |= !note.getParameter().startsWith(instance + " ");
                    }
                    if (foreign) {
                        Log.infof("Baseline change announced by another replica: reloading");
                        index.reload();
                    }
                }
            } catch (Exception e) {
                if (running) {
                    Log.warnf("Baseline change listener lost its connection (%s); retrying", e.getMessage());
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
