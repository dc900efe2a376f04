package org.fieldlaw.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.EOFException;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;

/**
 * A client that hangs up in the middle of its request (a phone losing signal during an upload or a push) is not a
 * server error: it is logged at debug and counted ({@code fieldlaw_http_client_hangups_total}), once per request, when
 * the HTTP layer finds the exchange ended without its answer (HttpProblemRoutes); a resource that was reading the
 * body at the time fails with the closed connection, and ProblemMappers takes that for a hang-up too, not an error.
 */
@ApplicationScoped
public class ClientHangups {

    private static final Logger LOG = Logger.getLogger(ClientHangups.class);

    private final Counter counter;

    ClientHangups(MeterRegistry registry) {
        this.counter = Counter.builder("fieldlaw.http.client.hangups")
                .description("requests whose client closed the connection before the request was read or answered")
                .register(registry);
    }

    /** Whether the failure is the connection closing under the request, somewhere in its causes. */
    public static boolean isHangup(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException || t instanceof EOFException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Connection was closed") || message.contains("Connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }

    /** An exchange that ended without its answer being sent: the client went away. */
    void count(String method, String path, Throwable failure) {
        counter.increment();
        LOG.debugf("client hung up during %s %s: %s", method, path, failure);
    }

    /** A resource that failed because the connection closed under it: counted by {@link #count}, only noted here. */
    void noted(String reference, String path, Throwable failure) {
        LOG.debugf("request %s on %s ended by the client hanging up: %s", reference, path, failure);
    }
}
