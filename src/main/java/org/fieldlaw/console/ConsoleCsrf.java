package org.fieldlaw.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's protection against cross-site requests (double-submit): a random token in an
 * HttpOnly, SameSite=Strict cookie under /console, and the same token in the page, which htmx sends
 * back in a header on every request that changes something. Another site can make a browser send the
 * cookie, but cannot read the page to learn the header, and cannot set a custom header without CORS.
 */
@RequestScoped
public class ConsoleCsrf {

    static final String COOKIE = "console-csrf";
    static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext request;
    private final boolean secure;
    private String issued;

    ConsoleCsrf(RoutingContext request,
            @ConfigProperty(name = "quarkus.oidc.console.authentication.cookie-force-secure", defaultValue = "false") boolean secure) {
        this.request = request;
        this.secure = secure;
    }

    /** The token the page carries: the browser's own, or a new one set in the answer's cookie. */
    public String token() {
        Cookie held = request.request().getCookie(COOKIE);
        if (held != null && wellFormed(held.getValue())) {
            return held.getValue();
        }
        if (issued == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            request.response().addCookie(Cookie.cookie(COOKIE, issued).setPath("/console").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(secure));
        }
        return issued;
    }

    /** Whether a request that changes something carries the header token its cookie holds. */
    static boolean matches(HttpServerRequest request) {
        Cookie held = request.getCookie(COOKIE);
        String sent = request.getHeader(HEADER);
        return held != null && sent != null && wellFormed(sent)
                && MessageDigest.isEqual(held.getValue().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean wellFormed(String token) {
        return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
