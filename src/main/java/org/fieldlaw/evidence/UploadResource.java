package org.fieldlaw.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.security.Roles;

/**
 * Evidence uploads by the tus 1.0 resumable protocol (core, creation, checksum), so stock mobile
 * tus clients work and a broken rural link resumes instead of starting over. Metadata keys: the
 * owner's (caseId or visitId, as the owners register them; exactly one), id (the phone's own
 * upload id, makes creation idempotent), filename, filetype, kind, step, capturedAt, latitude,
 * longitude, accuracy, device.
 */
@Path("/api/v1/uploads")
public class UploadResource {

    private static final String TUS_RESUMABLE = "Tus-Resumable";

    private final UploadService uploads;
    private final EvidenceConfig config;

    UploadResource(UploadService uploads, EvidenceConfig config) {
        this.uploads = uploads;
        this.config = config;
    }

    /** What the service supports, and its size limits; open to all, as tus clients ask before signing in. */
    @OPTIONS
    @PermitAll
    @APIResponse(responseCode = "204", description = "the tus versions, extensions, checksum algorithms and maximum size, in headers")
    public Response options() {
        return Response.noContent()
                .header(TUS_RESUMABLE, TusHeaders.VERSION)
                .header("Tus-Version", TusHeaders.VERSION)
                .header("Tus-Extension", TusHeaders.EXTENSIONS)
                .header("Tus-Max-Size", config.maxSize())
                .header("Tus-Checksum-Algorithm", TusHeaders.CHECKSUM_ALGORITHMS)
                .build();
    }

    @POST
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "201", description = "the upload is open; Location names it")
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.TUS_VERSION)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    public Response create(@HeaderParam(TUS_RESUMABLE) String resumable, @HeaderParam("Upload-Length") String length,
            @HeaderParam("Upload-Metadata") String metadata) {
        requireVersion(resumable);
        UUID id = uploads.create(length, metadata);
        return Response.created(URI.create("/api/v1/uploads/" + id)).header(TUS_RESUMABLE, TusHeaders.VERSION).build();
    }

    @HEAD
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "Upload-Offset and Upload-Length in headers")
    @APIResponse(responseCode = "412", ref = ProblemResponses.TUS_VERSION)
    public Response head(@HeaderParam(TUS_RESUMABLE) String resumable, @PathParam("id") UUID id) {
        requireVersion(resumable);
        UploadService.Progress p = uploads.progress(id);
        return Response.ok().header(TUS_RESUMABLE, TusHeaders.VERSION).header("Upload-Offset", p.offset())
                .header("Upload-Length", p.length()).header("Cache-Control", "no-store").build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(TusHeaders.OFFSET_CONTENT_TYPE)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "204", description = "the bytes are kept; Upload-Offset is the new offset")
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.TUS_VERSION)
    @APIResponse(responseCode = "460", ref = ProblemResponses.CHECKSUM_MISMATCH)
    @APIResponse(responseCode = "503", ref = ProblemResponses.STORE_UNAVAILABLE)
    public Response patch(@HeaderParam(TUS_RESUMABLE) String resumable, @PathParam("id") UUID id,
            @HeaderParam("Upload-Offset") String offset, @HeaderParam("Upload-Checksum") String checksum, InputStream body) {
        requireVersion(resumable);
        UploadService.Progress p = uploads.append(id, offset, checksum, body);
        return Response.noContent().header(TUS_RESUMABLE, TusHeaders.VERSION).header("Upload-Offset", p.offset()).build();
    }

    private static void requireVersion(String resumable) {
        if (!TusHeaders.VERSION.equals(resumable)) {
            throw new ApiException(ProblemType.TUS_VERSION, "须携带 Tus-Resumable: 1.0.0 (send Tus-Resumable: 1.0.0)")
                    .with("tusVersion", TusHeaders.VERSION);
        }
    }
}
