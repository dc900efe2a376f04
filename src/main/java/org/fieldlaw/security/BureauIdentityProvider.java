package org.fieldlaw.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bureau's token with smallrye-jwt against the key its "kid" names: the key must be
 * registered and not revoked, the issuer must be the key's body id, the audience this service,
 * and the token short-lived.
 */
@ApplicationScoped
public class BureauIdentityProvider implements IdentityProvider<BureauTokenRequest> {

    public static final String BODY_ID = "fieldlaw.bureau.body-id";
    public static final String JURISDICTION = "fieldlaw.bureau.jurisdiction";
    public static final String KEY_ID = "fieldlaw.bureau.kid";

    private final JWTParser parser;
    private final BureauKeys keys;
    private final BureauConfig config;
    private final ObjectMapper mapper;

    BureauIdentityProvider(JWTParser parser, BureauKeys keys, BureauConfig config, ObjectMapper mapper) {
        this.parser = parser;
        this.keys = keys;
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public Class<BureauTokenRequest> getRequestType() {
        return BureauTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BureauTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.token()));
    }

    private SecurityIdentity verify(String token) {
        String kid = keyIdOf(token);
        BureauKeys.ActiveKey key = keys.find(kid)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked bureau key " + kid));
        JWTAuthContextInfo info = new JWTAuthContextInfo(key.publicKey(), key.bodyId().toString());
        info.setExpectedAudience(Set.of(config.audience()));
        info.setMaxTimeToLiveSecs(config.maxTokenAge().toSeconds());
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256));
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token, info);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("bureau token rejected", e);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRole(Roles.BUREAU_SYSTEM)
                .addAttribute(BODY_ID, key.bodyId())
                .addAttribute(JURISDICTION, key.jurisdictionCode())
                .addAttribute(KEY_ID, kid)
                .build();
    }

    private String keyIdOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw new AuthenticationFailedException("not a JWS compact token");
        }
        try {
            JsonNode header = mapper.readTree(new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8));
            JsonNode kid = header.get("kid");
            if (kid == null || !kid.isTextual() || kid.asText().isBlank()) {
                throw new AuthenticationFailedException("bureau token has no kid header");
            }
            return kid.asText();
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new AuthenticationFailedException("unreadable token header", e);
        }
    }
}
