package org.fieldlaw.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.fieldlaw.agency.DevolutionDto.AuthorityView;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterList;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterView;
import org.fieldlaw.agency.DevolutionDto.GrantRequest;
import org.fieldlaw.agency.DevolutionDto.RevocationRequest;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.security.Roles;

@Path("/api/v1/agency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevolutionResource {

    private final DevolutionService devolutions;

    DevolutionResource(DevolutionService devolutions) {
        this.devolutions = devolutions;
    }

    @GET
    @Path("towns/{townCode}/devolved-matters")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public DevolvedMatterList list(@PathParam("townCode") String townCode) {
        return new DevolvedMatterList(townCode, devolutions.ofTown(townCode));
    }

    @POST
    @Path("towns/{townCode}/devolved-matters")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response grant(@PathParam("townCode") String townCode, @Valid @NotNull GrantRequest request) {
        DevolvedMatterView view = devolutions.grant(townCode, request);
        return Response.created(URI.create("/api/v1/agency/towns/" + townCode + "/devolved-matters/" + view.id()))
                .entity(view).build();
    }

    @PUT
    @Path("towns/{townCode}/devolved-matters/{id}/revocation")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public DevolvedMatterView revoke(@PathParam("townCode") String townCode, @PathParam("id") UUID id,
            @Valid @NotNull RevocationRequest request) {
        return devolutions.revoke(townCode, id, request);
    }

    /** May body X act on matter M on date D (default today), and why not. */
    @GET
    @Path("bodies/{bodyId}/authority")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public AuthorityView authority(@PathParam("bodyId") UUID bodyId, @QueryParam("matter") String matterCode,
            @QueryParam("date") String date) {
        if (matterCode == null || matterCode.isBlank()) {
            throw ApiException.invalid("matter", "必填：事项编码 (required: the matter code)");
        }
        return devolutions.authority(bodyId, matterCode.trim(), Params.date("date", date));
    }
}
