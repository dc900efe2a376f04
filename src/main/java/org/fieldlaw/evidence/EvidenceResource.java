package org.fieldlaw.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.security.Roles;

/** Each evidence file's bytes. */
@Path("/api/v1/evidence")
public class EvidenceResource {

    private final EvidenceService evidence;

    EvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** The file as stored, streamed; its SHA-256 is the ETag. */
    @GET
    @Path("{id}/content")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    @APIResponse(responseCode = "200", description = "the file as stored; its SHA-256 is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response content(@PathParam("id") UUID id) {
        EvidenceItem file = evidence.completed(id);
        StreamingOutput body = out -> evidence.write(file.sha256(), out);
        return Response.ok(body, file.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.mediaType())
                .header("ETag", "\"" + file.sha256() + "\"")
                .header("Content-Length", file.length())
                .build();
    }
}
