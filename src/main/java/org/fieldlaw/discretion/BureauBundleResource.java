package org.fieldlaw.discretion;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.security.BureauIdentityProvider;
import org.fieldlaw.security.Roles;

/** City and county bureaus publish their baseline bundles here, as a JWS signed with their registered key. */
@Path("/api/v1/bureau/baseline-bundles")
public class BureauBundleResource {

    static final String JOSE = "application/jose";

    private final BundleImportService imports;
    private final SecurityIdentity identity;

    BureauBundleResource(BundleImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes({ JOSE, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUREAU_SYSTEM)
    public Response publish(String jws) {
        if (jws == null || jws.isBlank()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "请求体应为签名后的基准包 (send the signed bundle, a compact JWS)");
        }
        UUID bureau = identity.getAttribute(BureauIdentityProvider.BODY_ID);
        String jurisdiction = identity.getAttribute(BureauIdentityProvider.JURISDICTION);
        ImportResult result = imports.importBundle(bureau, jurisdiction, jws);
        if (result.outcome() == BundleImportAudit.Outcome.DUPLICATE) {
            return Response.ok(result).build();
        }
        return Response.created(URI.create("/api/v1/bureau/baseline-bundles/" + result.bundleId())).entity(result).build();
    }
}
