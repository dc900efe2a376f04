package org.fieldlaw.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.privacy.SealedText;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.TrackedEntity;
import org.fieldlaw.discretion.model.PartyKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A penalty case. Its state changes only through {@link CaseTransitions}, which asks the
 * procedure gates first; the columns below the identity are the facts those gates read. Only the
 * cases feature reads or writes it: others go through {@link CaseOpening} or the events it fires.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "number_year")
    public Integer numberYear;

    @Column(name = "number_seq")
    public Integer numberSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseSource source;

    @Column(name = "violation_code", nullable = false)
    public String violationCode;

    @Column(nullable = false)
    public String field;

    @Column(name = "matter_code")
    public String matterCode;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Column(nullable = false)
    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "accuracy_m")
    public Double accuracyM;

    @Column(name = "act_date", nullable = false)
    public LocalDate actDate;

    @Column(name = "act_end_date")
    public LocalDate actEndDate;

    @Column(nullable = false)
    public boolean continuing;

    @Column(name = "discovered_on")
    public LocalDate discoveredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    public PartyKind partyKind;

    @Convert(converter = SealedText.class)
    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Convert(converter = SealedText.class)
    @Column(name = "party_identifier")
    public String partyIdentifier;

    @Column(name = "party_birth_date")
    public LocalDate partyBirthDate;

    @Convert(converter = SealedText.class)
    @Column(name = "party_address")
    public String partyAddress;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] circumstances;

    /** The bases (amounts) as JSON: {"CONSTRUCTION_COST": 120000}. */
    @Column(nullable = false)
    public String bases;

    public String summary;

    @Convert(converter = SealedText.class)
    @Column(name = "create_request", nullable = false)
    public String createRequest;

    @Column(name = "create_digest", nullable = false)
    public String createDigest;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    /** The discretion assessment pinned with the proposal, as JSON. */
    public String assessment;

    @Column(name = "assessed_min")
    public BigDecimal assessedMin;

    @Column(name = "assessed_max")
    public BigDecimal assessedMax;

    /** The pinned assessment's tier and no-penalty reason, kept beside it for the oversight counts. */
    @Column(name = "assessed_tier")
    public String assessedTier;

    @Column(name = "no_penalty_reason")
    public String noPenaltyReason;

    @Column(name = "proposed_fine")
    public BigDecimal proposedFine;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "proposed_types", columnDefinition = "text[]")
    public String[] proposedTypes;

    /** The value of what the proposal confiscates, where known (APL Art 63: a large value gives a hearing right). */
    @Column(name = "proposed_confiscated_value")
    public BigDecimal proposedConfiscatedValue;

    @Column(name = "deviation_reasons")
    public String deviationReasons;

    @Column(name = "deviation_approved_by")
    public UUID deviationApprovedBy;

    @Column(name = "legal_review_required", nullable = false)
    public boolean legalReviewRequired;

    @Column(name = "collective_discussion_required", nullable = false)
    public boolean collectiveDiscussionRequired;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    @Column(name = "noticed_fine")
    public BigDecimal noticedFine;

    /** The types the notice named: the decision may add none (APL Arts 44, 45). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "noticed_types", columnDefinition = "text[]")
    public String[] noticedTypes;

    @Column(name = "noticed_confiscated_value")
    public BigDecimal noticedConfiscatedValue;

    /** The day the party received the notice: its windows count from here (APL Art 64). */
    @Column(name = "notice_served_on")
    public LocalDate noticeServedOn;

    /** Whether the notice told the party of the right to a hearing (APL Art 63). */
    @Column(name = "hearing_offered", nullable = false)
    public boolean hearingOffered;

    /** The last day to decide as a supervisor extended it (APL Art 60), else null. */
    @Column(name = "decision_extended_to")
    public LocalDate decisionExtendedTo;

    @Column(name = "notice_waived", nullable = false)
    public boolean noticeWaived;

    @Column(name = "defence_made", nullable = false)
    public boolean defenceMade;

    @Column(name = "hearing_requested_on")
    public LocalDate hearingRequestedOn;

    @Column(name = "hearing_chair")
    public UUID hearingChair;

    /** 听证通知: the day the party was told the hearing's time and place, and the day set (APL Art 64). */
    @Column(name = "hearing_noticed_on")
    public LocalDate hearingNoticedOn;

    @Column(name = "hearing_scheduled_on")
    public LocalDate hearingScheduledOn;

    @Column(name = "hearing_held_on")
    public LocalDate hearingHeldOn;

    @Column(name = "legal_review_requested_on")
    public LocalDate legalReviewRequestedOn;

    @Column(name = "legal_review_passed_on")
    public LocalDate legalReviewPassedOn;

    @Column(name = "legal_reviewer")
    public UUID legalReviewer;

    @Column(name = "collective_discussion_on")
    public LocalDate collectiveDiscussionOn;

    @Column(name = "preservation_registered_on")
    public LocalDate preservationRegisteredOn;

    @Column(name = "preservation_disposed_on")
    public LocalDate preservationDisposedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** APL Arts 68, 71: cash collected on the spot, and the day it reached the agency. */
    @Column(name = "cash_collected_on")
    public LocalDate cashCollectedOn;

    @Column(name = "cash_handed_in_on")
    public LocalDate cashHandedInOn;

    /** 催告 (Administrative Compulsion Law Art 54): the day the written reminder was served. */
    @Column(name = "reminder_served_on")
    public LocalDate reminderServedOn;

    @Column(name = "decided_fine")
    public BigDecimal decidedFine;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "decided_types", columnDefinition = "text[]")
    public String[] decidedTypes;

    @Column(name = "served_on")
    public LocalDate servedOn;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** Spans of reconsideration or litigation as JSON, during which no surcharge runs (APL Art 73). */
    @Column(name = "payment_pauses", nullable = false)
    public String paymentPauses = "[]";

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "education_record")
    public String educationRecord;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "transferred_to")
    public UUID transferredTo;

    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    @Column(name = "next_due_kind")
    public String nextDueKind;
}
