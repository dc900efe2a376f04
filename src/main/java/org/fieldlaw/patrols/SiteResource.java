package org.fieldlaw.patrols;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemResponses;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.SiteDto.AlarmList;
import org.fieldlaw.patrols.SiteDto.ConversionRequest;
import org.fieldlaw.patrols.SiteDto.ConversionResult;
import org.fieldlaw.patrols.SiteDto.ReportRequest;
import org.fieldlaw.patrols.SiteDto.SiteList;
import org.fieldlaw.patrols.SiteDto.SiteRecordView;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.patrols.SiteDto.StatusRequest;
import org.fieldlaw.patrols.SiteDto.VisitList;
import org.fieldlaw.patrols.SiteDto.VisitRequest;
import org.fieldlaw.patrols.SiteDto.VisitResult;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Tag(name = "违法建设 Sites")
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    private final SiteService sites;
    private final SiteVisits visits;
    private final SiteAlarms alarms;
    private final SiteConversion conversion;

    SiteResource(SiteService sites, SiteVisits visits, SiteAlarms alarms, SiteConversion conversion) {
        this.sites = sites;
        this.visits = visits;
        this.alarms = alarms;
        this.conversion = conversion;
    }

    /** {@code status=}; {@code place=}: a town (or village) inside my jurisdiction; {@code inspectionOverdue=true}: restrained sites whose re-inspection is late. */
    @GET
    @Operation(operationId = "listSites", summary = "地块列表 Sites by status; inspectionOverdue=true for late re-inspections")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public SiteList list(@QueryParam("status") String status, @QueryParam("place") String place,
            @QueryParam("inspectionOverdue") boolean overdue) {
        return new SiteList(sites.list(Params.enumValue("status", status, SiteStatus.class), place, overdue));
    }

    /** A patrol report: a visit to the open site within 30 m, or a new site (201) with the phone's site id. */
    @POST
    @Operation(operationId = "reportSite", summary = "巡查报告 A visit to the open site within 30 m, or a new site")
    @Path("reports")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "a visit to the open site within 30 m, or the same report again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitResult.class)))
    @APIResponse(responseCode = "201", description = "a new site (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitResult.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<VisitResult> report(@Valid @NotNull ReportRequest request) {
        VisitResult result = visits.report(request);
        boolean created = !result.resent() && !result.attachedToExistingSite() && result.visit().visitNumber() == 1;
        return created
                ? RestResponse.ResponseBuilder.<VisitResult>created(URI.create("/api/v1/sites/" + result.site().id())).entity(result).build()
                : RestResponse.ok(result);
    }

    @GET
    /** {@code reveal=party} shows the party building there in full; the view is written into the site's record. */
    @Operation(operationId = "getSite", summary = "地块详情 A site with its article and next re-inspection")
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public RestResponse<SiteView> get(@PathParam("id") UUID id, @QueryParam("reveal") String reveal) {
        if (reveal != null && !"party".equals(reveal)) {
            throw ApiException.invalid("reveal", "只能为 party (only 'party')");
        }
        SiteView view = reveal == null ? sites.get(id) : sites.reveal(id, null);
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.tag(view.version())).build();
    }

    /** The next status of the site (stop order, correction or demolition order with its deadline, sealed …). */
    @PUT
    @Operation(operationId = "changeSiteStatus", summary = "变更地块状态 Stop, correction, demolition order, sealed … (If-Match)")
    @Path("{id}/status")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the site in its new status, its version as the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE_VERSION)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public RestResponse<SiteView> status(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusRequest request) {
        SiteView view = sites.changeStatus(id, Versions.required(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.tag(view.version())).build();
    }

    @GET
    @Operation(operationId = "listSiteVisits", summary = "巡查记录 The visits of a site with their photos")
    @Path("{id}/visits")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public VisitList visits(@PathParam("id") UUID id) {
        return new VisitList(sites.visits(id));
    }

    @POST
    @Operation(operationId = "recordSiteVisit", summary = "复查 A visit to a known site; may raise the continued-building alarm")
    @Path("{id}/visits")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the visit, and any continued-building alarm it raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitResult.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public VisitResult visit(@PathParam("id") UUID id, @Valid @NotNull VisitRequest request) {
        return visits.visit(id, request);
    }

    @GET
    @Operation(operationId = "listSiteAlarms", summary = "地块告警 The continued-building alarms of a site")
    @Path("{id}/alarms")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public AlarmList alarms(@PathParam("id") UUID id) {
        return new AlarmList(alarms.ofSite(id));
    }

    /** The site's full-process record: report, visits, status changes, alarms, evidence, conversion; with the chain check. */
    @GET
    @Operation(operationId = "getSiteRecord", summary = "地块全过程记录 The site's hash-chained record and whether it is intact")
    @Path("{id}/record")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public SiteRecordView record(@PathParam("id") UUID id) {
        return sites.record(id);
    }

    /** A confirmed site becomes a pre-filled case (201); the same case id again answers it (200). */
    @POST
    @Operation(operationId = "convertSiteToCase", summary = "转立案 A confirmed site becomes a pre-filled case")
    @Path("{id}/case")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    @APIResponse(responseCode = "200", description = "the case made before (the same case id again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConversionResult.class)))
    @APIResponse(responseCode = "201", description = "the new case, pre-filled from the site (Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConversionResult.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public RestResponse<ConversionResult> convert(@PathParam("id") UUID id, @Valid @NotNull ConversionRequest request) {
        ConversionResult result = conversion.convert(id, request);
        return result.resent() ? RestResponse.ok(result)
                : RestResponse.ResponseBuilder.<ConversionResult>created(URI.create("/api/v1/cases/" + result.caseView().id())).entity(result)
                        .build();
    }
}
