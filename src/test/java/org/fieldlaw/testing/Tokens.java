package org.fieldlaw.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/** Officer tokens signed by the test OIDC server's key (quarkus-test-oidc-server). */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String of(String username, String... roles) {
        return claims(username, roles).sign();
    }

    public static String withJurisdiction(String username, String jurisdiction, String... roles) {
        return claims(username, roles).claim("jurisdiction", jurisdiction).sign();
    }

    public static String withSubject(String username, String subject, String... roles) {
        return claims(username, roles).subject(subject).sign();
    }

    /** The ID token the provider gives the console (the {@code quarkus-web-app} client) at sign-in. */
    public static String idToken(String username, String... roles) {
        return claims(username, roles).audience("quarkus-web-app").claim("typ", "ID").sign();
    }

    public static String bearer(String username, String... roles) {
        return "Bearer " + of(username, roles);
    }

    /** The claims of a good officer token, for a test to spoil one of them. */
    public static JwtClaimsBuilder claims(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + username)
                .preferredUserName(username)
                .groups(Set.of(roles))
                .audience("https://service.example.com")
                .expiresIn(600);
    }
}
