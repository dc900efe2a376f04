package org.fieldlaw.patrols;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.OfficerInput;
import org.fieldlaw.cases.CaseDto.PartyInput;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.patrols.model.PlanningArea;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.records.RecordDto.RecordEntryView;

/** Request and response bodies of {@code /api/v1/sites} and {@code /api/v1/alarms}. */
public final class SiteDto {

    private SiteDto() {
    }

    @RegisterForReflection
    @Schema(name = "SitePoint")
    public record Point(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0") @DecimalMax("100000") Double accuracyM) {
    }

    /** What a visit saw. Areas in m², heights in m. */
    @RegisterForReflection
    public record ObservationInput(
            @NotNull @Pattern(regexp = "NEW_BUILDING|EXTENSION|ADDED_FLOORS|ROOFTOP_STRUCTURE|ENCLOSURE", message = "应为 NEW_BUILDING、EXTENSION、ADDED_FLOORS、ROOFTOP_STRUCTURE 或 ENCLOSURE") String kind,
            @Min(0) @Max(200) Integer floors,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal floorArea,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal height,
            @NotNull Boolean constructionInProgress,
            Boolean demolitionInProgress,
            @NotNull @Pattern(regexp = "NONE|APPLIED|PERMITTED|NOT_AS_PERMITTED|UNKNOWN", message = "应为 NONE、APPLIED、PERMITTED、NOT_AS_PERMITTED 或 UNKNOWN") String permitStatus,
            @Size(max = 4000) String notes) {
    }

    /** A visit to a known site; {@code visitId} is the phone's own id, so a resend is the same visit. */
    @RegisterForReflection
    public record VisitRequest(@NotNull UUID visitId, UUID patrolId, @NotNull OffsetDateTime visitedAt, @NotNull @Valid Point point,
            @NotNull @Valid ObservationInput observation) {
    }

    /**
     * A patrol report of building at a place: it becomes a visit to the open site within the attach
     * distance, or a new site with the phone's {@code siteId}.
     */
    @RegisterForReflection
    public record ReportRequest(
            @NotNull UUID siteId,
            @NotNull UUID visitId,
            UUID patrolId,
            @NotBlank @Size(max = 12) String placeCode,
            @NotBlank @Size(max = 500) String address,
            @NotNull PlanningArea planningArea,
            Boolean villaArea,
            @Size(max = 64) String parcel,
            @Size(max = 200) String partyName,
            @Size(max = 64) String partyIdentifier,
            @Size(min = 3, max = 500, message = "轮廓须有 3 到 500 个点 (an outline has 3 to 500 points)") List<@NotNull @Valid Point> outline,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal constructionCost,
            @NotNull OffsetDateTime visitedAt,
            @NotNull @Valid Point point,
            @NotNull @Valid ObservationInput observation) {
    }

    /**
     * A confirmed site becomes a case under the caller's {@code caseId}. The violation follows the
     * planning area (Art 64 urban/town, Art 65 township/village, Art 66 temporary); the place, the
     * visits and their photos, and the construction cost come from the site. The party is the site's
     * unless given here.
     */
    @RegisterForReflection
    public record ConversionRequest(
            @NotNull UUID caseId,
            Boolean temporaryBuilding,
            LocalDate actDate,
            @Valid PartyInput party,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid OfficerInput> officers,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal constructionCost,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> circumstances,
            @Size(max = 4000) String summary) {
    }

    /** The site, the case it became, and the discretion assessment of that case as it stands. */
    @RegisterForReflection
    public record ConversionResult(SiteView site, CaseView caseView, AssessmentView assessment, boolean resent) {
    }

    @RegisterForReflection
    public record SiteRecordView(UUID siteId, List<RecordEntryView> entries, boolean intact, Integer brokenAt, String reason) {
    }

    @RegisterForReflection
    public record StatusRequest(@NotNull SiteStatus status, LocalDate orderDeadline) {
    }

    /** A site; the party building there is masked ({@code partyRedacted}) unless asked for with {@code reveal=party}, which is recorded. */
    @RegisterForReflection
    public record SiteView(UUID id, String placeCode, String address, Point point, List<Point> outline, PlanningArea planningArea,
            boolean villaArea, String parcel, String partyName, String partyIdentifier, boolean partyRedacted, BigDecimal constructionCost,
            UUID caseId, SiteStatus status, List<SiteStatus> nextStatuses, LocalDate orderDeadline,
            LocalDate stopOrderedOn, LocalDate nextInspectionDue, String article, int openAlarms, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    @RegisterForReflection
    public record VisitView(UUID id, UUID siteId, int visitNumber, OffsetDateTime visitedAt, UUID officerId, UUID patrolId,
            List<UUID> officers, Point point, String kind,
            Integer floors, BigDecimal floorArea, BigDecimal height, boolean constructionInProgress, boolean demolitionInProgress,
            String permitStatus, String notes, List<Photo> photos) {
    }

    /** A photo or video of a visit, complete, with where to read it. */
    @RegisterForReflection
    public record Photo(UUID evidenceId, String kind, String filename, String mediaType, OffsetDateTime capturedAt, String sha256,
            String contentUrl) {
    }

    /** An alarm with the two visits it compares, photos side by side. */
    @RegisterForReflection
    public record AlarmView(UUID id, AlarmKind kind, UUID siteId, String address, LocalDate orderDeadline, UUID earlierVisitId,
            UUID laterVisitId, VisitView earlierVisit,
            VisitView laterVisit, List<String> signs,
            String proposedStep, String status, OffsetDateTime raisedAt, UUID acknowledgedBy, OffsetDateTime acknowledgedAt) {
    }

    /**
     * The answer to a report or a visit: the site, the visit, whether it went to an existing site, any
     * alarm it raised, and whether this was a resend of a visit already stored.
     */
    @RegisterForReflection
    public record VisitResult(SiteView site, VisitView visit, boolean attachedToExistingSite, Double metresFromSite, AlarmView alarm,
            boolean resent) {
    }

    @RegisterForReflection
    public record SiteList(List<SiteView> items) {
    }

    @RegisterForReflection
    public record VisitList(List<VisitView> items) {
    }

    @RegisterForReflection
    public record AlarmList(List<AlarmView> items) {
    }

    /** Issue a site's order as a document (kind: stop-construction-notice, correction-order, demolition-order), with the id the client chose. */
    @RegisterForReflection
    public record SiteDocumentRequest(@NotNull UUID id, @NotBlank @Size(max = 64) String kind, UUID replaces) {
    }

    /** How the order was served (送达). */
    @RegisterForReflection
    public record SiteServiceRequest(@NotNull UUID id, @NotNull org.fieldlaw.documents.model.ServiceMethod method, @NotNull java.time.LocalDate servedOn,
            @NotBlank @Size(max = 200) String recipient, @Size(max = 300) String place, @Size(max = 200) String witness,
            @Size(max = 200) String consentReference) {
    }

    /** The kinds the site has reached, and the documents issued with their service. */
    @RegisterForReflection
    public record SiteDocumentList(List<String> available,
            @com.fasterxml.jackson.annotation.JsonProperty("issued") List<org.fieldlaw.documents.DocumentDto.DocumentView> issued) {
    }
}
