package org.fieldlaw.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Lets a bureau system check that its key and token are accepted, before it sends real data. */
@Path("/api/v1/bureau/session")
@Produces(MediaType.APPLICATION_JSON)
public class BureauSessionResource {

    @RegisterForReflection
    public record BureauSession(UUID bodyId, String jurisdictionCode, String kid, String subject) {
    }

    private final SecurityIdentity identity;

    BureauSessionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.BUREAU_SYSTEM)
    public BureauSession session() {
        return new BureauSession(identity.getAttribute(BureauIdentityProvider.BODY_ID),
                identity.getAttribute(BureauIdentityProvider.JURISDICTION),
                identity.getAttribute(BureauIdentityProvider.KEY_ID),
                identity.getPrincipal().getName());
    }
}
