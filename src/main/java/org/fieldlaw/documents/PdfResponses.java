package org.fieldlaw.documents;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.fieldlaw.documents.DocumentDto.DocumentView;

/** The HTTP answers that carry a document, the same wherever it is read (a case's, a site's, the console). */
public final class PdfResponses {

    public static final String PDF = "application/pdf";

    private PdfResponses() {
    }

    /** An issued document as stored, its SHA-256 the ETag; {@code body} writes the stored bytes. */
    public static Response issued(DocumentView d, StreamingOutput body) {
        return Response.ok(body, PDF).header("ETag", "\"" + d.sha256() + "\"").header("Content-Length", d.size())
                .header("Content-Disposition", "inline; filename=\"" + d.kind() + "-" + d.id() + ".pdf\"").build();
    }

    /** A rendering that is not kept (a preview, a case file). */
    public static Response rendered(Object body, String filename) {
        return Response.ok(body, PDF).header("Content-Disposition", "inline; filename=\"" + filename + ".pdf\"").build();
    }
}
