package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.model.MatterAuthority;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Range;

/** Case facts that pass every gate unless a test changes one thing. */
final class FactsBuilder {

    private boolean onTheSpot;
    private String penaltyBarred;
    private PartyKind partyKind = PartyKind.PERSON;
    private List<CaseOfficer> officers = List.of(
            new CaseOfficer(ProcedureGatesTest.INVESTIGATOR, "A1", ProcedureGatesTest.VALID, true),
            new CaseOfficer(ProcedureGatesTest.SECOND, "A2", ProcedureGatesTest.VALID, false));
    private MatterAuthority.Decision authority = ProcedureGatesTest.HELD;
    private boolean limitationPassed;
    private BigDecimal proposedFine;
    private Set<PenaltyType> proposedTypes = Set.of(PenaltyType.FINE);
    private Range assessedRange;
    private String deviationReasons;
    private boolean deviationApproved;
    private BigDecimal confiscatedValue;
    /** Served long enough ago that the party's windows have closed, unless a test says otherwise. */
    private LocalDate noticeServedOn = ProcedureGatesTest.TODAY.minusDays(14);
    private BigDecimal noticedFine;
    private Set<PenaltyType> noticedTypes;
    private BigDecimal noticedConfiscatedValue;
    private boolean hearingOffered;
    private boolean noticeWaived;
    private boolean defenceMade;
    private LocalDate decisionDue;
    private LocalDate today = ProcedureGatesTest.TODAY;
    private boolean hearingRequested;
    private LocalDate hearingRequestedOn;
    private boolean hearingHeld;
    private UUID hearingChair;
    /** Told three weeks ahead of a hearing set for yesterday, unless a test says otherwise. */
    private LocalDate hearingNoticedOn = ProcedureGatesTest.TODAY.minusDays(21);
    private LocalDate hearingScheduledOn = ProcedureGatesTest.TODAY.minusDays(1);
    private boolean legalReviewRequired;
    private boolean legalReviewPassed;
    private UUID reviewer;
    private boolean reviewerQualified;
    private boolean reviewerFirstTime;
    private boolean collectiveRequired;
    private boolean collectiveHeld;
    private boolean educationRecorded;

    FactsBuilder onTheSpot(boolean onTheSpot) { this.onTheSpot = onTheSpot; return this; }
    FactsBuilder penaltyBarred(String reason) { this.penaltyBarred = reason; return this; }
    FactsBuilder partyKind(PartyKind kind) { this.partyKind = kind; return this; }
    FactsBuilder officers(List<CaseOfficer> officers) { this.officers = officers; return this; }
    FactsBuilder authority(MatterAuthority.Decision decision) { this.authority = decision; return this; }
    FactsBuilder limitationPassed(boolean passed) { this.limitationPassed = passed; return this; }
    FactsBuilder proposedFine(String yuan) { this.proposedFine = new BigDecimal(yuan); return this; }
    FactsBuilder proposedTypes(Set<PenaltyType> types) { this.proposedTypes = types; return this; }
    FactsBuilder confiscatedValue(String yuan) { this.confiscatedValue = new BigDecimal(yuan); return this; }
    FactsBuilder noticedFine(String yuan) { this.noticedFine = new BigDecimal(yuan); return this; }
    FactsBuilder noticedTypes(Set<PenaltyType> types) { this.noticedTypes = types; return this; }
    FactsBuilder noticedConfiscatedValue(String yuan) { this.noticedConfiscatedValue = new BigDecimal(yuan); return this; }
    FactsBuilder notifiedOn(LocalDate day) { this.noticeServedOn = day; return this; }
    FactsBuilder hearingOffered(boolean offered) { this.hearingOffered = offered; return this; }
    FactsBuilder today(LocalDate day) { this.today = day; return this; }
    FactsBuilder decisionDue(LocalDate day) { this.decisionDue = day; return this; }
    FactsBuilder noticeWaived(boolean waived) { this.noticeWaived = waived; return this; }
    FactsBuilder defenceMade(boolean made) { this.defenceMade = made; return this; }
    FactsBuilder hearingRequested(boolean requested, LocalDate on) { this.hearingRequested = requested; this.hearingRequestedOn = on; return this; }
    FactsBuilder hearingHeld(boolean held) { this.hearingHeld = held; return this; }
    FactsBuilder hearingChair(UUID chair) { this.hearingChair = chair; return this; }
    FactsBuilder hearingNotice(LocalDate noticedOn, LocalDate scheduledOn) { this.hearingNoticedOn = noticedOn; this.hearingScheduledOn = scheduledOn; return this; }
    FactsBuilder assessedRange(Range range) { this.assessedRange = range; return this; }
    FactsBuilder deviation(String reasons, boolean approved) { this.deviationReasons = reasons; this.deviationApproved = approved; return this; }
    FactsBuilder educationRecorded(boolean recorded) { this.educationRecorded = recorded; return this; }

    FactsBuilder legalReview(boolean required, boolean passed, UUID reviewer, boolean qualified, boolean firstTime) {
        this.legalReviewRequired = required;
        this.legalReviewPassed = passed;
        this.reviewer = reviewer;
        this.reviewerQualified = qualified;
        this.reviewerFirstTime = firstTime;
        return this;
    }

    FactsBuilder collectiveDiscussion(boolean required, boolean held) {
        this.collectiveRequired = required;
        this.collectiveHeld = held;
        return this;
    }

    CaseFacts build() {
        // Unless a test names the notice, it named what is now proposed.
        Penalty proposed = new Penalty(proposedFine, proposedTypes, confiscatedValue);
        Penalty noticed = new Penalty(noticedFine != null ? noticedFine : proposedFine, noticedTypes != null ? noticedTypes : proposedTypes,
                noticedConfiscatedValue != null ? noticedConfiscatedValue : confiscatedValue);
        Notice notice = new Notice(noticeServedOn, noticed, hearingOffered, noticeWaived, defenceMade);
        return new CaseFacts(onTheSpot, penaltyBarred, partyKind, "city-management", "440703001", today, officers, authority,
                limitationPassed, proposed, assessedRange, deviationReasons, deviationApproved,
                notice, hearingRequested, hearingRequestedOn, hearingHeld, hearingChair, hearingNoticedOn, hearingScheduledOn,
                legalReviewRequired, legalReviewPassed, reviewer, reviewerQualified, reviewerFirstTime,
                collectiveRequired, collectiveHeld, educationRecorded, decisionDue);
    }
}
