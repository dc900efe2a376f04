package org.fieldlaw.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Selects the authentication by path: under {@code /api/v1/bureau/} only a token signed with a
 * registered bureau key is accepted (verified by smallrye-jwt in {@link BureauIdentityProvider});
 * everywhere else this mechanism stands aside and quarkus-oidc checks the token. It runs first,
 * so an officer's token never reaches a bureau path and a bureau token never passes as an officer.
 */
@ApplicationScoped
public class BureauAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String BUREAU_PATH = "/api/v1/bureau/";
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!context.normalizedPath().startsWith(BUREAU_PATH)) {
            return Uni.createFrom().nullItem();
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("bureau paths take a Bearer token"));
        }
        return identityProviderManager.authenticate(new BureauTokenRequest(header.substring(BEARER.length()).trim()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // Elsewhere the OIDC tenants challenge: a 401 for the API, a redirect to the provider for the console.
        if (!context.normalizedPath().startsWith(BUREAU_PATH)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BureauTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bureau"));
    }

    @Override
    public int getPriority() {
        // Ahead of quarkus-oidc and smallrye-jwt's own bearer mechanisms.
        return DEFAULT_PRIORITY + 1000;
    }
}
