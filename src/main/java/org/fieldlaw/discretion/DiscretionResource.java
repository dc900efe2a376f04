package org.fieldlaw.discretion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.discretion.AssessmentDto.AssessmentRequestBody;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.discretion.model.Baseline;
import org.fieldlaw.discretion.model.BaselineRow;
import org.fieldlaw.discretion.model.ListEntry;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.security.Roles;

/** The officer's view of the baselines: assess a case, search violations, take everything offline. */
@Path("/api/v1/discretion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiscretionResource {

    @RegisterForReflection
    public record ViolationPage(List<ViolationSearch.Hit> items, String nextCursor) {
    }

    @RegisterForReflection
    public record ViolationDetail(String placeCode, LocalDate on, Violation violation, List<BaselineRow> rows, List<ListEntry> lists) {
    }

    @RegisterForReflection
    public record OfflineLayer(String authorityCode, int version, LocalDate effectiveFrom, String baselineName, String document) {
    }

    @RegisterForReflection
    public record OfflineBundle(String countyCode, String tag, List<OfflineLayer> layers, List<String> unchanged) {
    }

    private final AssessmentService assessments;
    private final BaselineIndex index;
    private final ViolationSearch search;
    private final Caller caller;
    private final Clock clock;

    private final JurisdictionDirectory directory;

    DiscretionResource(AssessmentService assessments, BaselineIndex index, ViolationSearch search, Caller caller, Clock clock,
            JurisdictionDirectory directory) {
        this.directory = directory;
        this.assessments = assessments;
        this.index = index;
        this.search = search;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Stateless: computes, writes nothing. Everything it reads is held in memory (baselines, party
     * history, the caller's record once known), so it answers on the I/O thread without handing the
     * request to a worker; only a caller not yet known, or a register not yet loaded, needs the
     * database and goes to a worker.
     */
    @POST
    @Path("assessments")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
    public Uni<AssessmentView> assess(AssessmentRequestBody body) {
        if (body == null) {
            throw ApiException.invalid("body", "请求体必填 (a body is required)");
        }
        body.validate();
        if (caller.knownWithoutLookup() && directory.loaded()) {
            return Uni.createFrom().item(assessments.assess(body));
        }
        return Uni.createFrom().item(() -> assessments.assess(body)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("violations")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.AUDITOR })
    public ViolationPage violations(@QueryParam("q") String query, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limitParam) {
        int limit = limitParam == null ? 20 : Params.requiredInt("limit", limitParam, 1, 100);
        if (query != null && query.length() > 100) {
            throw ApiException.invalid("q", "查询过长 (query longer than 100 characters)");
        }
        List<UUID> bundles = index.layersFor(caller.jurisdictionCode(), LocalDate.now(clock)).stream()
                .map(BaselineIndex.Layer::bundleId).toList();
        List<ViolationSearch.Hit> hits = search.search(bundles, query, cursor, limit + 1);
        String next = hits.size() > limit ? hits.get(limit - 1).code() : null;
        return new ViolationPage(hits.size() > limit ? hits.subList(0, limit) : hits, next);
    }

    @GET
    @Path("violations/{code}")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.AUDITOR })
    public ViolationDetail violation(@PathParam("code") String code) {
        LocalDate today = LocalDate.now(clock);
        String place = caller.jurisdictionCode();
        Baseline baseline = index.baselineFor(place, today)
                .orElseThrow(() -> ApiException.notFound("裁量基准 (baseline)", place));
        Violation violation = baseline.violation(code).orElseThrow(() -> ApiException.notFound("违法行为 (violation)", code));
        return new ViolationDetail(place, today, violation, baseline.rowsOf(code), baseline.listsOf(code));
    }

    /**
     * Everything that applies in the caller's county today, for offline use. The ETag names the
     * layers; {@code since} (a tag seen before) leaves out the layers the phone already holds.
     */
    @GET
    @Path("bundle")
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.AUDITOR })
    @APIResponse(responseCode = "200", description = "the layers the phone does not hold, and the tags of those it does",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfflineBundle.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current tag: the phone's copy is current")
    public Response offline(@QueryParam("since") String since, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String place = caller.jurisdictionCode();
        List<BaselineIndex.Layer> layers = index.layersFor(place, LocalDate.now(clock));
        String tag = layers.stream().map(l -> l.baseline().id()).collect(Collectors.joining("+"));
        EntityTag etag = new EntityTag(tag.isEmpty() ? "none" : tag);
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(etag.getValue())) {
            return Response.notModified(etag).build();
        }
        Set<String> held = since == null ? Set.of() : Set.of(since.replace("\"", "").split("\\+"));
        List<OfflineLayer> sent = layers.stream().filter(l -> !held.contains(l.baseline().id()))
                .map(l -> {
                    BaselineBundle b = BaselineBundle.findById(l.bundleId());
                    return new OfflineLayer(l.authorityCode(), l.baseline().version(), l.baseline().effectiveFrom(), b.baselineName, b.payload);
                }).toList();
        List<String> unchanged = layers.stream().map(l -> l.baseline().id()).filter(held::contains).toList();
        return Response.ok(new OfflineBundle(place, etag.getValue(), sent, unchanged)).tag(etag).build();
    }
}
