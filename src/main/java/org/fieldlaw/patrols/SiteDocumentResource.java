package org.fieldlaw.patrols;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.documents.PdfResponses;
import org.fieldlaw.patrols.SiteDto.SiteDocumentList;
import org.fieldlaw.patrols.SiteDto.SiteDocumentRequest;
import org.fieldlaw.patrols.SiteDto.SiteServiceRequest;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** A site's orders as documents: the stop notice and the orders to correct or demolish within a deadline. */
@Path("/api/v1/sites/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SiteDocumentResource {

    private static final String PDF = PdfResponses.PDF;

    private final SiteDocuments documents;

    SiteDocumentResource(SiteDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("documents")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public SiteDocumentList list(@PathParam("id") UUID siteId) {
        return documents.list(siteId);
    }

    /** 201 with the issued document; 200 with the stored one when the same request is sent again. */
    @POST
    @Path("documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the stored document (the same request again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "201", description = "the issued document (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<DocumentView> issue(@PathParam("id") UUID siteId, @Valid @NotNull SiteDocumentRequest request) {
        SiteDocuments.Issued issued = documents.issue(siteId, request);
        if (!issued.created()) {
            return RestResponse.ok(issued.document());
        }
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/sites/" + siteId + "/documents/" + issued.document().id()))
                .entity(issued.document()).build();
    }

    @GET
    @Path("documents/{documentId}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public DocumentView one(@PathParam("id") UUID siteId, @PathParam("documentId") UUID documentId) {
        return documents.one(siteId, documentId);
    }

    @GET
    @Path("documents/{documentId}/pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response pdf(@PathParam("id") UUID siteId, @PathParam("documentId") UUID documentId) {
        DocumentView d = documents.one(siteId, documentId);
        return PdfResponses.issued(d, out -> documents.write(siteId, documentId, out));
    }

    @POST
    @Path("documents/{documentId}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the document with its service (the same service again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "201", description = "the document with its service recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<DocumentView> serve(@PathParam("id") UUID siteId, @PathParam("documentId") UUID documentId,
            @Valid @NotNull SiteServiceRequest request) {
        IssuedDocuments.Served served = documents.serve(siteId, documentId, request);
        if (!served.created()) {
            return RestResponse.ok(served.document());
        }
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/sites/" + siteId + "/documents/" + documentId))
                .entity(served.document()).build();
    }

    /** What issuing would give now, unsigned, its number left for the issue. */
    @GET
    @Path("document-previews/{kind}")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    @APIResponse(responseCode = "200", description = "the document as issuing it now would give it, unsigned",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response preview(@PathParam("id") UUID siteId, @PathParam("kind") String kind) {
        return PdfResponses.rendered(documents.preview(siteId, kind), kind + "-preview");
    }
}
