package org.fieldlaw.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.cases.CaseDocumentDto.DocumentList;
import org.fieldlaw.cases.CaseDocumentDto.IssueRequest;
import org.fieldlaw.cases.CaseDocumentDto.ServiceRequest;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.documents.PdfResponses;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A case's enforcement documents: the kinds it has reached and those issued, issuing (signed, frozen, on the
 * record), the issued PDF, its service (送达), and an unsigned preview of what issuing would give now (what the
 * phone prints when it has signal, and what a reviewer reads before issuing).
 */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CaseDocumentResource {

    private static final String PDF = PdfResponses.PDF;

    private final CaseDocumentService documents;
    private final CaseDocuments rendering;
    private final CaseDossier dossiers;

    CaseDocumentResource(CaseDocumentService documents, CaseDocuments rendering, CaseDossier dossiers) {
        this.documents = documents;
        this.rendering = rendering;
        this.dossiers = dossiers;
    }

    /** The case file (案卷) as one PDF: cover and contents, the documents as issued, the evidence list with thumbnails, the record verified. */
    @GET
    @Path("dossier")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response dossier(@PathParam("id") UUID caseId) {
        org.fieldlaw.documents.Dossier dossier = dossiers.compile(caseId, "pdf");
        org.fieldlaw.documents.DossierPdf.Assembled assembled = dossiers.pdf(dossier);
        return PdfResponses.rendered((StreamingOutput) assembled::writeTo, "dossier-" + caseId);
    }

    /** The same as a ZIP: the signed documents, the original evidence files, dossier.json and manifest.sha256. */
    @GET
    @Path("dossier/archive")
    @Produces({ "application/zip", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response dossierArchive(@PathParam("id") UUID caseId) {
        org.fieldlaw.documents.Dossier dossier = dossiers.compile(caseId, "zip");
        StreamingOutput body = out -> dossiers.writeArchive(dossier, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"dossier-" + caseId + ".zip\"").build();
    }

    @GET
    @Path("documents")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public DocumentList list(@PathParam("id") UUID caseId) {
        return documents.list(caseId);
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
    public RestResponse<DocumentView> issue(@PathParam("id") UUID caseId, @Valid @NotNull IssueRequest request) {
        CaseDocumentService.Issued issued = documents.issue(caseId, request);
        if (!issued.created()) {
            return RestResponse.ok(issued.document());
        }
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/cases/" + caseId + "/documents/" + issued.document().id()))
                .entity(issued.document()).build();
    }

    @GET
    @Path("documents/{documentId}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public DocumentView one(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId) {
        return documents.one(caseId, documentId);
    }

    /** The signed PDF as issued; its SHA-256 is the ETag. */
    @GET
    @Path("documents/{documentId}/pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response pdf(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId) {
        DocumentView d = documents.openToRead(caseId, documentId);
        return PdfResponses.issued(d, out -> documents.write(caseId, documentId, out));
    }

    /** 201 with the document and its service; 200 when the same service is sent again. */
    @POST
    @Path("documents/{documentId}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the document with its service (the same service again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "201", description = "the document with its service recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<DocumentView> serve(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId,
            @Valid @NotNull ServiceRequest request) {
        IssuedDocuments.Served served = documents.serve(caseId, documentId, request);
        if (!served.created()) {
            return RestResponse.ok(served.document());
        }
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/cases/" + caseId + "/documents/" + documentId))
                .entity(served.document()).build();
    }

    /**
     * What issuing the kind would give now, unsigned and not kept; {@code paper}: a4 (default), 80 or 58;
     * {@code subject}: for a proof of service, the served document.
     */
    @GET
    @Path("document-previews/{kind}")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    @APIResponse(responseCode = "200", description = "the document as issuing it now would give it, unsigned",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response preview(@PathParam("id") UUID caseId, @PathParam("kind") String kind, @QueryParam("paper") String paper,
            @QueryParam("subject") UUID subject) {
        byte[] pdf = rendering.render(caseId, CaseDocumentService.kindOf(kind), CaseDocumentService.paperOf(paper), java.util.Optional.ofNullable(subject));
        return PdfResponses.rendered(pdf, kind + "-preview");
    }
}
