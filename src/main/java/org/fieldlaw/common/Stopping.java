package org.fieldlaw.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this replica has been told to stop (SIGTERM): from then on HttpProblemRoutes answers new requests 503 with
 * Retry-After, so a phone or the ingress sends them to another replica, while the requests already in flight finish
 * (quarkus.shutdown.timeout). Quarkus itself would go on serving new requests until the last one ended.
 */
@ApplicationScoped
public class Stopping {

    private volatile boolean stopping;

    void onStop(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }
}
