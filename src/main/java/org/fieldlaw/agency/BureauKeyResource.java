package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.security.PublicKeys;
import org.fieldlaw.security.Roles;

/** Bureau administrators register and revoke the keys their bureau systems sign tokens with. */
@Path("/api/v1/agency/bodies/{bodyId}/bureau-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BureauKeyResource {

    @RegisterForReflection
    public record KeyRequest(
            @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "只能包含字母、数字和 . _ : - (letters, digits, . _ : - only)") String kid,
            @NotBlank @Size(max = 8000) String publicKeyPem) {
    }

    @RegisterForReflection
    public record KeyView(String kid, UUID bodyId, String publicKeyPem, OffsetDateTime registeredAt, OffsetDateTime revokedAt) {

        static KeyView of(BureauKey k) {
            return new KeyView(k.kid, k.bodyId, k.publicKeyPem, k.registeredAt, k.revokedAt);
        }
    }

    @RegisterForReflection
    public record KeyList(List<KeyView> items) {
    }

    private final Caller caller;

    BureauKeyResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Transactional
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public KeyList list(@PathParam("bodyId") UUID bodyId) {
        bureau(bodyId);
        return new KeyList(BureauKey.ofBody(bodyId).stream().map(KeyView::of).toList());
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response register(@PathParam("bodyId") UUID bodyId, @Valid @NotNull KeyRequest request) {
        bureau(bodyId);
        try {
            PublicKeys.fromPem(request.publicKeyPem());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("publicKeyPem", "不是有效的 RSA 或 EC 公钥 PEM (not an RSA or EC public key in PEM): " + e.getMessage());
        }
        if (BureauKey.findById(request.kid()) != null) {
            throw new ApiException(ProblemType.CONFLICT, "密钥标识已存在 (kid already registered): " + request.kid());
        }
        BureauKey key = new BureauKey();
        key.kid = request.kid();
        key.bodyId = bodyId;
        key.publicKeyPem = request.publicKeyPem().trim();
        key.registeredAt = OffsetDateTime.now();
        key.persist();
        return Response.created(URI.create("/api/v1/agency/bodies/" + bodyId + "/bureau-keys/" + key.kid))
                .entity(KeyView.of(key)).build();
    }

    @DELETE
    @Path("{kid}")
    @Transactional
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public KeyView revoke(@PathParam("bodyId") UUID bodyId, @PathParam("kid") String kid) {
        bureau(bodyId);
        BureauKey key = BureauKey.findById(kid);
        if (key == null || !key.bodyId.equals(bodyId)) {
            throw ApiException.notFound("密钥 (key)", kid);
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
        }
        return KeyView.of(key);
    }

    private EnforcementBody bureau(UUID bodyId) {
        EnforcementBody body = EnforcementBody.findById(bodyId);
        if (body == null || !caller.covers(body.jurisdictionCode)) {
            throw ApiException.notFound("执法主体 (enforcement body)", bodyId);
        }
        if (body.kind == BodyKind.TOWN_OFFICE) {
            throw new ApiException(ProblemType.BAD_REQUEST, "只有市、县级主管部门可登记机器密钥 (only city and county bureaus hold machine keys)");
        }
        return body;
    }
}
