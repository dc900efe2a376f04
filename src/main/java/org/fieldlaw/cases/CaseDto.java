package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceKind;
import org.fieldlaw.records.RecordDto.CheckpointCheck;
import org.fieldlaw.records.RecordDto.FileFault;
import org.fieldlaw.records.RecordDto.RecordEntryView;

/** Request and response bodies of {@code /api/v1/cases}. */
public final class CaseDto {

    private CaseDto() {
    }

    @RegisterForReflection
    @Schema(name = "CasePoint")
    public record Point(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0") @DecimalMax("100000") Double accuracyM) {
    }

    @RegisterForReflection
    public record PlaceInput(
            @NotBlank @Size(max = 12) String code,
            @NotBlank @Size(max = 500) String address,
            @Valid Point point) {
    }

    @RegisterForReflection
    @Schema(name = "CasePartyInput")
    public record PartyInput(
            @NotNull @Pattern(regexp = "PERSON|ORGANISATION", message = "应为 PERSON 或 ORGANISATION") String kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 18) String idNumber,
            LocalDate birthDate,
            @Size(max = 18) String creditCode,
            @Size(max = 500) String address) {
    }

    @RegisterForReflection
    public record OfficerInput(@NotNull UUID officerId, Boolean investigator) {
    }

    /** What the phone sends to create (no If-Match) or change (If-Match) a case before it is filed. */
    @RegisterForReflection
    public record CaseRequest(
            @NotNull Procedure procedure,
            @NotNull CaseSource source,
            @NotBlank @Size(max = 64) String violationCode,
            @NotNull @Valid PlaceInput place,
            @NotNull LocalDate actDate,
            LocalDate actEndDate,
            Boolean continuing,
            LocalDate discoveredOn,
            @NotNull @Valid PartyInput party,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid OfficerInput> officers,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> circumstances,
            @Size(max = 20) Map<@NotBlank @Size(max = 64) String, @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal> bases,
            @Size(max = 4000) String summary) {
    }

    /** A step of the procedure. Fields other than {@code to} belong to particular steps. */
    @RegisterForReflection
    public record TransitionRequest(
            @NotNull CaseState to,
            LocalDate on,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal proposedFine,
            @Size(max = 10) List<@NotNull PenaltyType> proposedTypes,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal confiscatedValue,
            @Size(max = 2000) String deviationReasons,
            Boolean legalReviewRequired,
            Boolean collectiveDiscussionRequired,
            UUID hearingChair,
            @Size(max = 2000) String educationRecord,
            UUID transferTo,
            @Size(max = 2000) String note,
            @Valid Point position) {
    }

    public enum EventKind {
        /** 陈述申辩: the party stated its case after the notice. */
        DEFENCE,
        /** The party waived statement, defence and hearing in writing. */
        NOTICE_WAIVER,
        /** The day the party received the notice, when later than the notice step (post, left at the address). */
        NOTICE_SERVED,
        /** The party asked for a hearing. */
        HEARING_REQUEST,
        /** 听证通知: the party is told the hearing's time and place, the day in {@code to}, 7 working days ahead (APL Art 64). */
        HEARING_NOTICE,
        /** A supervisor approves a penalty outside the assessed range. */
        DEVIATION_APPROVAL,
        /** A supervisor extends the decision period (APL Art 60) to {@code to}, with reasons in {@code text}. */
        DECISION_EXTENSION,
        /** 法制审核: a legal reviewer's opinion. */
        LEGAL_REVIEW,
        /** 集体讨论: attendance, minutes and outcome. */
        COLLECTIVE_DISCUSSION,
        /** The education given with a no-penalty outcome (APL Art 33). */
        EDUCATION,
        /** 先行登记保存: evidence registered for preservation. */
        EVIDENCE_PRESERVED,
        /** The preserved evidence is dealt with. */
        PRESERVATION_DISPOSED,
        /** Reconsideration or litigation, during which the late-payment surcharge stops (APL Art 73). */
        PAYMENT_PAUSE,
        /** 当场收缴: the fine was collected in cash on the spot (APL Art 68): 100 yuan or less, or with the reason in text. */
        CASH_COLLECTED,
        /** The cash collected on the spot reached the agency (APL Art 71: within 2 working days). */
        CASH_HANDED_IN,
        /** 催告: the party was reminded in writing to pay before enforcement (Administrative Compulsion Law Art 54). */
        ENFORCEMENT_REMINDER,
        /** The decision was revoked (on reconsideration or in court): its publication comes down. */
        DECISION_REVOKED,
        /** The decision was changed: the new fine in {@code amount}; the publication comes down and is queued again. */
        DECISION_CHANGED
    }

    /** A fact recorded on a case that does not by itself move it to another step. */
    @RegisterForReflection
    public record EventRequest(
            @NotNull EventKind kind,
            LocalDate on,
            @Size(max = 4000) String text,
            Boolean passed,
            @Size(max = 30) List<@NotBlank @Size(max = 64) String> attendees,
            LocalDate from,
            LocalDate to,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Valid Point position) {
    }

    @RegisterForReflection
    @Schema(name = "CaseBodyRef")
    public record BodyRef(UUID id, String name) {
    }

    @RegisterForReflection
    public record PlaceView(String code, String name, String address, Point point) {
    }

    /** The party as shown: name and identifier masked unless the view was asked for in full (and recorded). */
    @RegisterForReflection
    public record PartyView(String kind, String name, String identifier, LocalDate birthDate, String address, boolean redacted) {
    }

    @RegisterForReflection
    @Schema(name = "CaseOfficerView")
    public record OfficerView(UUID officerId, String name, boolean investigator) {
    }

    /** {@code deviation}: the proposed fine lies outside the assessed range (reported, needs reasons and approval). */
    @RegisterForReflection
    public record ProposalView(BigDecimal proposedFine, List<PenaltyType> proposedTypes, BigDecimal confiscatedValue, BigDecimal assessedMin, BigDecimal assessedMax,
            boolean deviation, String deviationReasons, UUID deviationApprovedBy,
            @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "the assessment pinned at the proposal") JsonNode assessment) {
    }

    @RegisterForReflection
    public record NoticeView(LocalDate notifiedOn, LocalDate servedOn, BigDecimal noticedFine, List<PenaltyType> noticedTypes,
            BigDecimal noticedConfiscatedValue, boolean hearingOffered, boolean waived, boolean defenceMade, LocalDate defenceDue,
            LocalDate hearingRequestDue, LocalDate windowClosesOn, LocalDate hearingRequestedOn, LocalDate hearingNoticedOn,
            LocalDate hearingScheduledOn, UUID hearingChair, LocalDate hearingHeldOn) {
    }

    @RegisterForReflection
    public record ReviewView(boolean legalReviewRequired, List<String> legalReviewGrounds, LocalDate legalReviewPassedOn,
            UUID legalReviewer, boolean collectiveDiscussionRequired, LocalDate collectiveDiscussionOn) {
    }

    @RegisterForReflection
    public record DecisionView(LocalDate decidedOn, BigDecimal fine, List<PenaltyType> types, LocalDate servedOn, LocalDate paidOn,
            BigDecimal lateSurchargeToday, LocalDate reconsiderationDue, LocalDate litigationDue, LocalDate cashCollectedOn,
            LocalDate cashHandedInOn, LocalDate reminderServedOn, LocalDate reminderAnswerDue, String educationRecord,
            String outcomeNote, UUID transferredTo) {
    }

    @RegisterForReflection
    @Schema(name = "CaseDeadlineView")
    public record DeadlineView(String kind, String text, LocalDate due, LocalDate metOn, boolean overdue) {
    }

    @RegisterForReflection
    public record CaseView(UUID id, String caseNumber, BodyRef body, Procedure procedure, CaseState state, List<CaseState> nextSteps,
            CaseSource source, String violationCode, String field, String matterCode, PlaceView place, LocalDate actDate,
            LocalDate actEndDate, boolean continuing, LocalDate discoveredOn, PartyView party, List<OfficerView> officers,
            List<String> circumstances, Map<String, BigDecimal> bases, String summary, LocalDate filedOn, ProposalView proposal,
            NoticeView notice, ReviewView review, DecisionView decision, List<DeadlineView> deadlines, LocalDate closedOn,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    @RegisterForReflection
    public record CaseSummary(UUID id, String caseNumber, CaseState state, Procedure procedure, String violationCode,
            String placeCode, String address, String partyName, LocalDate actDate, LocalDate nextDueOn, String nextDueKind,
            BigDecimal proposedFine, BigDecimal assessedMin, BigDecimal assessedMax, boolean deviation, String deviationReasons,
            OffsetDateTime updatedAt, long version) {
    }

    @RegisterForReflection
    public record CasePage(List<CaseSummary> items, String nextCursor) {
    }

    /** A file of the case's evidence, or an upload still under way. */
    @RegisterForReflection
    public record EvidenceView(UUID id, UUID caseId, String step, EvidenceKind kind, String filename, String mediaType,
            long length, long received, boolean complete, String sha256, OffsetDateTime capturedAt, Double latitude,
            Double longitude, Double accuracyM, String device, UUID uploaderId, OffsetDateTime completedAt) {

        static EvidenceView of(UUID caseId, EvidenceItem e) {
            return new EvidenceView(e.id(), caseId, e.step(), e.kind(), e.filename(), e.mediaType(), e.length(), e.received(),
                    e.complete(), e.sha256(), e.capturedAt(), e.latitude(), e.longitude(), e.accuracyM(), e.device(), e.uploaderId(),
                    e.completedAt());
        }
    }

    @RegisterForReflection
    public record EvidenceList(List<EvidenceView> items) {
    }

    @RegisterForReflection
    public record RecordView(UUID caseId, List<RecordEntryView> entries) {
    }

    @RegisterForReflection
    public record VerificationView(UUID caseId, boolean intact, int entries, Integer brokenAt, String reason, String lastHash,
            int filesChecked, List<FileFault> fileFaults, CheckpointCheck checkpoint) {
    }
}
