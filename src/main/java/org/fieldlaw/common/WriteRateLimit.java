package org.fieldlaw.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldlaw.common.model.TokenBucket;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes per signed-in caller (an officer's app, a bureau's system) are held to a token bucket: a burst for a phone
 * sending a week of offline work, then a steady rate; past it, 429 with Retry-After, and nothing of the request is
 * read or written. Reads are not limited. Each replica keeps its own buckets (docs/architecture.md §5).
 */
@ApplicationScoped
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(30))
            .maximumSize(100_000).build();
    private final CurrentIdentityAssociation identities;
    private final double burst;
    private final double perSecond;

    WriteRateLimit(CurrentIdentityAssociation identities, @ConfigProperty(name = "fieldlaw.http.write-rate.burst") double burst,
            @ConfigProperty(name = "fieldlaw.http.write-rate.per-second") double perSecond) {
        this.identities = identities;
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** The identity is resolved without blocking (authentication is not proactive); a bad token fails here as it would later. */
    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || !request.getUriInfo().getRequestUri().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> refusal(request, identity));
    }

    private Response refusal(ContainerRequestContext request, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        String caller = identity.getPrincipal().getName();
        TokenBucket bucket = buckets.get(caller, k -> new TokenBucket(burst, perSecond, System.nanoTime()));
        long wait;
        synchronized (bucket) {
            wait = bucket.take(System.nanoTime());
        }
        if (wait == 0) {
            return null;
        }
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", wait)
                .entity(Problem.of(ProblemType.TOO_MANY_REQUESTS, "写入过于频繁，请 " + wait + " 秒后重试 (too many writes; retry in " + wait + " s)")
                        .withInstance(request.getUriInfo().getRequestUri().getPath()))
                .build();
    }
}
