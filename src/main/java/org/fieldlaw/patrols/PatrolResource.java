package org.fieldlaw.patrols;

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
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.PatrolDto.PatrolList;
import org.fieldlaw.patrols.PatrolDto.PatrolRequest;
import org.fieldlaw.patrols.PatrolDto.PatrolView;
import org.fieldlaw.patrols.PatrolDto.Track;
import org.fieldlaw.patrols.PatrolDto.TrackBatch;
import org.fieldlaw.patrols.PatrolDto.TrackReceipt;
import org.fieldlaw.patrols.PatrolService.Saved;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Tag(name = "巡查 Patrols")
@Path("/api/v1/patrols")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatrolResource {

    private final PatrolService patrols;
    private final Clock clock;

    PatrolResource(PatrolService patrols, Clock clock) {
        this.patrols = patrols;
        this.clock = clock;
    }

    /** Patrols that started between {@code from} and {@code to} (dates, default the last 7 days). */
    @GET
    @Operation(operationId = "listPatrols", summary = "巡查列表 Patrols started in a period, in the caller's jurisdiction")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public PatrolList list(@QueryParam("from") String from, @QueryParam("to") String to) {
        // an empty parameter (from=2026-11-01&to=) is an absent one: it used to reach here as null and fail with a 500
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : Params.date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(7) : Params.date("from", from);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "开始日期晚于结束日期 (from is after to)");
        }
        ZoneId zone = clock.getZone();
        return new PatrolList(patrols.list(start.atStartOfDay(zone).toOffsetDateTime(), end.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
    }

    /** Start (201) or resend (200) a patrol with the phone's id; sent with {@code endedAt}, it ends. */
    @PUT
    @Operation(operationId = "putPatrol", summary = "开始或结束巡查 Start a patrol with the phone's id, resend it, or end it with endedAt")
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the patrol resent or ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatrolView.class)))
    @APIResponse(responseCode = "201", description = "the patrol started (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatrolView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<PatrolView> put(@PathParam("id") UUID id, @Valid @NotNull PatrolRequest request) {
        Saved<PatrolView> saved = patrols.put(id, request);
        var response = saved.created() ? RestResponse.ResponseBuilder.<PatrolView>created(URI.create("/api/v1/patrols/" + id))
                : RestResponse.ResponseBuilder.<PatrolView>ok();
        return response.entity(saved.view()).tag(Versions.tag(saved.view().version())).build();
    }

    @GET
    @Operation(operationId = "getPatrol", summary = "巡查详情 A patrol with its officers and track size")
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public RestResponse<PatrolView> get(@PathParam("id") UUID id) {
        PatrolView view = patrols.get(id);
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.tag(view.version())).build();
    }

    /** A batch of GPS fixes; fixes already held (by time) are not stored twice, in whatever order batches come. */
    @POST
    @Operation(operationId = "addPatrolTrack", summary = "上传轨迹 A batch of GPS fixes; each fix stored once by its time")
    @Path("{id}/track")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    public TrackReceipt addTrack(@PathParam("id") UUID id, @Valid @NotNull TrackBatch batch) {
        return patrols.addTrack(id, batch);
    }

    @GET
    @Operation(operationId = "getPatrolTrack", summary = "巡查轨迹 The track in time order with its length and a GeoJSON LineString")
    @Path("{id}/track")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Track track(@PathParam("id") UUID id) {
        return patrols.track(id);
    }
}
