package org.fieldlaw.evidence;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * tus 1.0 lets clients that cannot send PATCH (Java's HttpURLConnection, some proxies) send POST
 * with {@code X-HTTP-Method-Override: PATCH}. Honoured for an upload's own path only, and only
 * for PATCH, so it opens no other method to anyone.
 */
@ApplicationScoped
public class TusMethodOverride {

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, "/api/v1/uploads/[^/]+").order(-4).handler(ctx -> {
            if ("PATCH".equalsIgnoreCase(ctx.request().getHeader("X-HTTP-Method-Override"))) {
                ctx.reroute(HttpMethod.PATCH, ctx.request().uri());
            } else {
                ctx.next();
            }
        });
    }
}
