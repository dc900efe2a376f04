package org.fieldlaw.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fieldlaw.cases.CaseDocumentKind;
import org.fieldlaw.cases.CaseDocumentService;
import org.fieldlaw.cases.CaseDocuments;
import org.fieldlaw.cases.CaseDossier;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.documents.DossierPdf;
import org.fieldlaw.documents.Dossier;
import org.fieldlaw.documents.Paper;
import org.fieldlaw.documents.PdfResponses;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.security.Roles;

/**
 * The files the console's pages link, each opened in a tab of its own: a case's documents as the case now stands
 * and as issued, the case file as PDF or ZIP, and evidence. Who may have each is the API's rule for it; a refusal
 * before the bytes start is the console's error page.
 */
@Path("/console")
public class ConsoleFileResource {

    private final CaseDocuments documents;
    private final CaseDocumentService issuing;
    private final CaseDossier dossiers;
    private final EvidenceService evidence;
    private final ConsoleResponses responses;

    ConsoleFileResource(CaseDocuments documents, CaseDocumentService issuing, CaseDossier dossiers, EvidenceService evidence,
            ConsoleResponses responses) {
        this.documents = documents;
        this.issuing = issuing;
        this.dossiers = dossiers;
        this.evidence = evidence;
        this.responses = responses;
    }

    /** One of the case's documents as the case now stands, to read or print; {@code paper}: a4, or a 80/58 mm roll for the on-the-spot decision. */
    @GET
    @Path("cases/{id}/documents/{kind}")
    @Produces({ PdfResponses.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response caseDocument(@PathParam("id") UUID id, @PathParam("kind") String kind, @QueryParam("paper") String paper) {
        return responses.file(() -> {
            CaseDocumentKind known = CaseDocumentKind.ofTemplate(kind).orElseThrow(() -> ApiException.notFound("文书种类 (document kind)", kind));
            Paper sheet = paper == null || paper.isBlank() ? Paper.A4 : Paper.ofCode(paper)
                    .orElseThrow(() -> ApiException.invalid("paper", "纸张应为 a4、80 或 58 (paper is a4, 80 or 58): " + paper));
            return PdfResponses.rendered(documents.render(id, known, sheet), kind);
        });
    }

    /** A document as issued, signed, as the party received it. */
    @GET
    @Path("cases/{id}/issued/{documentId}")
    @Produces({ PdfResponses.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response issuedDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return responses.file(() -> PdfResponses.issued(issuing.openToRead(id, documentId), out -> issuing.write(id, documentId, out)));
    }

    /** The case file as one PDF, for inspection; compiling it is noted on the record (the party is shown in full). */
    @GET
    @Path("cases/{id}/dossier")
    @Produces({ PdfResponses.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response dossier(@PathParam("id") UUID id) {
        return responses.file(() -> {
            DossierPdf.Assembled assembled = dossiers.pdf(dossiers.compile(id, "pdf"));
            return PdfResponses.rendered((StreamingOutput) assembled::writeTo, "dossier-" + id);
        });
    }

    /** The case file as a ZIP of the originals with their manifest of hashes. */
    @GET
    @Path("cases/{id}/dossier/archive")
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response dossierArchive(@PathParam("id") UUID id) {
        return responses.file(() -> {
            Dossier dossier = dossiers.compile(id, "zip");
            StreamingOutput body = out -> dossiers.writeArchive(dossier, out);
            return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"dossier-" + id + ".zip\"").build();
        });
    }

    /** A file of evidence, for a page that shows it (photos inline, others to download); the evidence service checks who may see it. */
    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response evidence(@PathParam("id") UUID id) {
        EvidenceItem file = evidence.completed(id);
        StreamingOutput body = out -> evidence.write(file.sha256(), out);
        String type = file.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.mediaType();
        boolean inline = type.startsWith("image/") && !type.contains("svg");
        return Response.ok(body, inline ? type : MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Length", file.length())
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("Cache-Control", "private, max-age=86400, immutable")
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(file.filename() == null ? file.sha256() : file.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
