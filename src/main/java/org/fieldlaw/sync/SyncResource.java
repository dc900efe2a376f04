package org.fieldlaw.sync;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.security.Roles;
import org.fieldlaw.sync.SyncDto.ChangePage;
import org.fieldlaw.sync.SyncDto.ConflictList;
import org.fieldlaw.sync.SyncDto.ConflictView;
import org.fieldlaw.sync.SyncDto.DeviceList;
import org.fieldlaw.sync.SyncDto.DeviceRequest;
import org.fieldlaw.sync.SyncDto.DeviceView;
import org.fieldlaw.sync.SyncDto.PushRequest;
import org.fieldlaw.sync.SyncDto.PushResult;
import org.fieldlaw.sync.SyncDto.ResolutionRequest;
import org.fieldlaw.sync.SyncDto.SyncStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Tag(name = "同步 Sync")
@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    private final SyncFeed feed;
    private final DeviceService devices;
    private final PushService pushes;
    private final SyncStatusService statuses;
    private final ConflictService conflicts;

    SyncResource(SyncFeed feed, DeviceService devices, PushService pushes, SyncStatusService statuses, ConflictService conflicts) {
        this.feed = feed;
        this.devices = devices;
        this.pushes = pushes;
        this.statuses = statuses;
        this.conflicts = conflicts;
    }

    @GET
    @Path("changes")
    @Operation(operationId = "getChanges", summary = "变更流 Every record in my scope changed since the cursor, in order, with the next cursor")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public ChangePage changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        int n = limit == null ? DEFAULT_LIMIT : Params.requiredInt("limit", limit, 1, MAX_LIMIT);
        return feed.changes(since, n);
    }

    @PUT
    @Path("devices/{id}")
    @Operation(operationId = "registerDevice", summary = "登记设备 Register this phone under its own id (201), or update it (200)")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER })
    @APIResponse(responseCode = "200", description = "the device updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "201", description = "the device registered (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<DeviceView> register(@PathParam("id") UUID id, @Valid @NotNull DeviceRequest request) {
        DeviceService.Registered r = devices.register(id, request);
        return r.created() ? RestResponse.ResponseBuilder.<DeviceView>created(URI.create("/api/v1/sync/devices/" + id)).entity(r.view()).build()
                : RestResponse.ok(r.view());
    }

    @GET
    @Path("devices")
    @Operation(operationId = "listDevices", summary = "我的设备 The devices registered to me")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER })
    public DeviceList myDevices() {
        return new DeviceList(devices.mine());
    }

    @POST
    @Path("push")
    @Operation(operationId = "push", summary = "上传离线操作 Offline operations applied in order, each answered on its own")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    public PushResult push(@Valid @NotNull PushRequest request) {
        return pushes.push(request);
    }

    @GET
    @Path("status")
    @Operation(operationId = "getSyncStatus", summary = "同步状态 What the server has received from one of my devices")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER })
    public SyncStatus status(@QueryParam("device") String device, @QueryParam("cursor") String cursor) {
        if (device == null || device.isBlank()) {
            throw ApiException.invalid("device", "必填 (required)");
        }
        return statuses.status(Params.uuid("device", device), cursor);
    }

    @GET
    @Path("conflicts")
    @Operation(operationId = "listConflicts", summary = "同步冲突 Conflicts met by pushes: mine, or my jurisdiction's for supervisors")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public ConflictList conflicts(@QueryParam("status") String status) {
        if (status != null && !status.equals("OPEN") && !status.equals("ALL")) {
            throw ApiException.invalid("status", "应为 OPEN 或 ALL");
        }
        return new ConflictList(conflicts.list(!"ALL".equals(status)));
    }

    @POST
    @Path("conflicts/{id}/resolution")
    @Operation(operationId = "resolveConflict", summary = "处理冲突 Write down how a conflict was resolved")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the conflict with its resolution recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public ConflictView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolutionRequest request) {
        return conflicts.resolve(id, request.resolution());
    }
}
