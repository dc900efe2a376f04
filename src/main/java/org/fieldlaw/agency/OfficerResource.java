package org.fieldlaw.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.fieldlaw.agency.OfficerDto.CertificateList;
import org.fieldlaw.agency.OfficerDto.CertificateRequest;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.OfficerDto.OfficerList;
import org.fieldlaw.agency.OfficerDto.OfficerRequest;
import org.fieldlaw.agency.OfficerDto.OfficerView;
import org.fieldlaw.agency.OfficerDto.SuspensionRequest;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.Versions;
import org.fieldlaw.security.Roles;

@Path("/api/v1/agency/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficerResource {

    private final OfficerService officers;

    OfficerResource(OfficerService officers) {
        this.officers = officers;
    }

    @GET
    @RolesAllowed({ Roles.BUREAU_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR })
    public OfficerList list(@QueryParam("bodyId") String bodyId) {
        return new OfficerList(officers.list(Params.uuid("bodyId", bodyId)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BUREAU_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response get(@PathParam("id") UUID id) {
        OfficerView view = officers.get(id);
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }

    @POST
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response create(@Valid @NotNull OfficerRequest request) {
        OfficerView view = officers.create(request);
        return Response.created(URI.create("/api/v1/agency/officers/" + view.id())).tag(Versions.tag(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfficerRequest request) {
        OfficerView view = officers.update(id, Versions.required(ifMatch), request);
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }

    @GET
    @Path("{id}/certificates")
    @RolesAllowed({ Roles.BUREAU_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR })
    public CertificateList certificates(@PathParam("id") UUID id, @QueryParam("on") String on) {
        return new CertificateList(officers.certificates(id, Params.date("on", on)));
    }

    @POST
    @Path("{id}/certificates")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response addCertificate(@PathParam("id") UUID id, @Valid @NotNull CertificateRequest request) {
        CertificateView view = officers.addCertificate(id, request);
        return Response.created(URI.create("/api/v1/agency/officers/" + id + "/certificates/" + view.id()))
                .tag(Versions.tag(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}/certificates/{certificateId}")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response updateCertificate(@PathParam("id") UUID id, @PathParam("certificateId") UUID certificateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CertificateRequest request) {
        CertificateView view = officers.updateCertificate(id, certificateId, Versions.required(ifMatch), request);
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }

    @PUT
    @Path("{id}/certificates/{certificateId}/suspension")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public CertificateView suspend(@PathParam("id") UUID id, @PathParam("certificateId") UUID certificateId,
            @Valid @NotNull SuspensionRequest request) {
        return officers.suspend(id, certificateId, request);
    }

    @DELETE
    @Path("{id}/certificates/{certificateId}/suspension")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public CertificateView reinstate(@PathParam("id") UUID id, @PathParam("certificateId") UUID certificateId) {
        return officers.reinstate(id, certificateId);
    }
}
