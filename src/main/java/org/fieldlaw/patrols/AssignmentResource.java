package org.fieldlaw.patrols;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.PatrolDto.AssignmentList;
import org.fieldlaw.patrols.PatrolDto.AssignmentRequest;
import org.fieldlaw.patrols.PatrolDto.AssignmentView;
import org.fieldlaw.patrols.PatrolService.Saved;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supervisors assign patrol areas and how often they are patrolled; officers read theirs. */
@Tag(name = "巡查任务 Patrol assignments")
@Path("/api/v1/patrol-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    private final AssignmentService assignments;

    AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** {@code overdue=true}: active assignments whose next patrol is late. */
    @GET
    @Operation(operationId = "listPatrolAssignments", summary = "巡查任务列表 Assignments with the last patrol and the next one due")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public AssignmentList list(@QueryParam("overdue") boolean overdue) {
        return new AssignmentList(assignments.list(overdue));
    }

    @GET
    @Operation(operationId = "getPatrolAssignment", summary = "巡查任务详情 One assignment")
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public RestResponse<AssignmentView> get(@PathParam("id") UUID id) {
        AssignmentView view = assignments.get(id);
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.tag(view.version())).build();
    }

    /** Create (201), resend (200), or change with {@code If-Match} (200). */
    @PUT
    @Operation(operationId = "putPatrolAssignment", summary = "布置巡查任务 Create, resend, or change (If-Match) an assignment")
    @Path("{id}")
    @RolesAllowed(Roles.SUPERVISOR)
    public RestResponse<AssignmentView> put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssignmentRequest request) {
        Saved<AssignmentView> saved = assignments.put(id, ifMatch, request);
        var response = saved.created() ? RestResponse.ResponseBuilder.<AssignmentView>created(URI.create("/api/v1/patrol-assignments/" + id))
                : RestResponse.ResponseBuilder.<AssignmentView>ok();
        return response.entity(saved.view()).tag(Versions.tag(saved.view().version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deletePatrolAssignment", summary = "删除巡查任务 Remove an assignment no patrol was made on (If-Match)")
    @RolesAllowed(Roles.SUPERVISOR)
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        assignments.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
