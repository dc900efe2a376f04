package org.fieldlaw.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.cases.CaseDto.CasePage;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.EventRequest;
import org.fieldlaw.cases.CaseDto.TransitionRequest;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.common.Versions;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final CaseTransitions transitions;
    private final CaseEvents events;
    private final CaseSearch search;

    CaseResource(CaseService cases, CaseTransitions transitions, CaseEvents events, CaseSearch search) {
        this.cases = cases;
        this.transitions = transitions;
        this.events = events;
        this.search = search;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public CasePage list(@QueryParam("state") String state, @QueryParam("due") String due, @QueryParam("deviation") boolean deviation,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return search.search(Params.enumValue("state", state, CaseState.class), Params.enumValue("due", due, CaseSearch.Due.class), deviation, cursor,
                limit == null ? 50 : Params.requiredInt("limit", limit, 1, 200));
    }

    /** Without If-Match an idempotent create (201, or 200 with the stored case); with If-Match an edit. */
    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the stored case (a repeated create), or the case edited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "201", description = "a new case (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
    public RestResponse<CaseView> put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseRequest request) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return tagged(cases.update(id, Versions.required(ifMatch), request));
        }
        CaseService.Stored stored = cases.create(id, request);
        if (!stored.created()) {
            return tagged(stored.view());
        }
        return RestResponse.ResponseBuilder.<CaseView>created(URI.create("/api/v1/cases/" + id)).entity(stored.view())
                .tag(Versions.tag(stored.view().version())).build();
    }

    /** The view with its version as the ETag; typed, so its JSON writer is generated at build time. */
    private static RestResponse<CaseView> tagged(CaseView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.tag(view.version())).build();
    }

    /** {@code reveal=party} shows the party's personal data in full; the view is written into the case record. */
    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public RestResponse<CaseView> get(@PathParam("id") UUID id, @QueryParam("reveal") String reveal) {
        if (reveal != null && !"party".equals(reveal)) {
            throw ApiException.invalid("reveal", "只能为 party (only 'party')");
        }
        return tagged(cases.get(id, reveal != null));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the case after the step, its version as the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public RestResponse<CaseView> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return tagged(transitions.transition(id, Versions.required(ifMatch), request));
    }

    @POST
    @Path("{id}/events")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER })
    @APIResponse(responseCode = "200", description = "the case with the fact recorded, its version as the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public RestResponse<CaseView> event(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventRequest request) {
        return tagged(events.event(id, Versions.required(ifMatch), request));
    }
}
