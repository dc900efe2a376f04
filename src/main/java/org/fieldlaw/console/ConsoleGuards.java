package org.fieldlaw.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;

/**
 * Two guards in front of every console request, before sign-in is checked:
 * <ul>
 * <li>a request that changes something must carry the CSRF header token ({@link ConsoleCsrf}), or it is
 * refused with 403 before it reaches a page;</li>
 * <li>an htmx request whose session has ended is answered 401 with {@code HX-Redirect} (htmx then loads
 * the page itself, which signs the person in again) instead of the provider's 302, which htmx would
 * follow across origins and fail on.</li>
 * </ul>
 */
@ApplicationScoped
public class ConsoleGuards {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** Above the security handlers, so that the headers-end hook is in place before sign-in redirects. */
    private static final int PRIORITY = 3000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            if (!isConsole(request.path())) {
                rc.next();
                return;
            }
            if (!SAFE.contains(request.method()) && !request.path().equals("/console/logout") && !ConsoleCsrf.matches(request)) {
                rc.response().setStatusCode(403).putHeader("Content-Type", "text/html; charset=utf-8")
                        .end("<p class=\"refused\">页面已过期，请刷新后重试 (the page is out of date: reload it)</p>");
                return;
            }
            if (request.getHeader("HX-Request") != null) {
                String page = samePage(request);
                rc.addHeadersEndHandler(v -> {
                    HttpServerResponse response = rc.response();
                    if (response.getStatusCode() == 302) {
                        response.setStatusCode(401);
                        response.headers().remove("Location");
                        response.putHeader("HX-Redirect", page);
                    }
                });
            }
            rc.next();
        }, PRIORITY);
    }

    static boolean isConsole(String path) {
        return path != null && (path.equals("/console") || path.startsWith("/console/"));
    }

    /** The page the htmx request came from, when it is a console page of this server; else the home page. */
    private static String samePage(HttpServerRequest request) {
        String current = request.getHeader("HX-Current-URL");
        if (current != null) {
            try {
                URI uri = URI.create(current);
                String host = request.authority() == null ? null : request.authority().toString();
                if (uri.getRawAuthority() != null && uri.getRawAuthority().equals(host) && isConsole(uri.getRawPath())) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall back to the home page
            }
        }
        return "/console";
    }
}
