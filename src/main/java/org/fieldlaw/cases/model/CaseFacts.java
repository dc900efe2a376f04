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

/**
 * What the gates need to know of a case at the moment of a transition. Amounts in yuan.
 * {@code penaltyBarred} is the assessment's reason when the law forbids any penalty (under 14,
 * Art 33, limitation), else null. {@code decisionDue} is the last day to decide (Art 60, with any
 * extension), null before filing.
 */
public record CaseFacts(
        boolean onTheSpot, String penaltyBarred,
        PartyKind partyKind, String field, String placeCode, LocalDate today,
        List<CaseOfficer> officers,
        MatterAuthority.Decision authority,
        boolean limitationPassed,
        Penalty proposed,
        Range assessedRange, String deviationReasons, boolean deviationApproved,
        Notice notice,
        boolean hearingRequested, LocalDate hearingRequestedOn, boolean hearingHeld, UUID hearingChair,
        LocalDate hearingNoticedOn, LocalDate hearingScheduledOn,
        boolean legalReviewRequired, boolean legalReviewPassed, UUID reviewer, boolean reviewerQualified, boolean reviewerFirstTime,
        boolean collectiveDiscussionRequired, boolean collectiveDiscussionHeld,
        boolean educationRecorded,
        LocalDate decisionDue) {

    public CaseFacts {
        officers = officers == null ? List.of() : List.copyOf(officers);
        proposed = proposed == null ? Penalty.NONE : proposed;
        notice = notice == null ? Notice.NONE : notice;
    }

    public BigDecimal proposedFine() {
        return proposed.fine();
    }

    public Set<PenaltyType> proposedTypes() {
        return proposed.types();
    }
}
