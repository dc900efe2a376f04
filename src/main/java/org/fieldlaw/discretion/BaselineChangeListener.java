package org.fieldlaw.discretion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps every replica's in-memory state current through PostgreSQL LISTEN/NOTIFY, on a connection
 * of its own: a landed bundle (the importing transaction notifies, delivered only if it commits)
 * reloads the baseline index, a replica ignoring its own notices since it reloads after commit; a
 * decided case (a trigger notifies) drops its party from the history cache. Every (re)connect reloads the index
 * and empties that cache, so a
 * notice missed while disconnected costs nothing. Listening starts before the state is first
 * loaded, so nothing slips between the two.
 */
@ApplicationScoped
public class BaselineChangeListener {

    static final String CHANNEL = "baseline_changed";
    static final String DECIDED_CASES = "decided_case";
    private static final long POLL_MILLIS = 200;

    private final String instance = UUID.randomUUID().toString();
    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final BaselineIndex index;
    private final PartyHistoryService history;
    private volatile boolean running;
    private Thread thread;

    BaselineChangeListener(AgroalDataSource dataSource, EntityManager em, BaselineIndex index, PartyHistoryService history) {
        this.dataSource = dataSource;
        this.em = em;
        this.index = index;
        this.history = history;
    }

    /** Inside the importing transaction: queued now, delivered on commit. */
    void announce(UUID bundleId) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, instance + " " + bundleId)
                .getSingleResult();
    }

    /**
     * Listens from now on: the LISTEN is in place when this returns, so state loaded afterwards
     * misses no notice. Reloading is the caller's job at start; after a lost connection the
     * listener reloads by itself, since notices sent meanwhile are gone.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        Connection first;
        try {
            first = listeningConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot listen for baseline changes", e);
        }
        running = true;
        thread = new Thread(() -> listen(first), "baseline-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private Connection listeningConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            statement.execute("LISTEN " + DECIDED_CASES);
        }
        return connection;
    }

    private void listen(Connection first) {
        Connection connection = first;
        while (running) {
            try {
                if (connection == null) {
                    connection = listeningConnection();
                    index.reload();
                    history.reload();
                }
                poll(connection.unwrap(PGConnection.class));
            } catch (Exception e) {
                close(connection);
                connection = null;
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
        close(connection);
    }

    private void poll(PGConnection pg) throws SQLException {
        while (running) {
            PGNotification[] notes = pg.getNotifications((int) POLL_MILLIS);
            if (notes == null || notes.length == 0) {
                continue;
            }
            boolean foreign = false;
            for (PGNotification note : notes) {
                if (DECIDED_CASES.equals(note.getName())) {
                    history.apply(note.getParameter());
                } else {
                    foreign |= !note.getParameter().startsWith(instance + " ");
                }
            }
            if (foreign) {
                Log.infof("Baseline change announced by another replica: reloading");
                index.reload();
            }
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }
}
