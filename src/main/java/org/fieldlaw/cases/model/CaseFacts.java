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
 * What the gates need to know of a case at the moment of a transition. Amounts in yuan; a null
 * fine means no fine. {@code penaltyBarred} is the assessment's reason when the law forbids any
 * penalty (under 14, Art 33, limitation), else null.
 */
public record CaseFacts(
        boolean onTheSpot, String penaltyBarred,
        PartyKind partyKind, String field, String placeCode, LocalDate today,
        List<CaseOfficer> officers,
        MatterAuthority.Decision authority,
        boolean limitationPassed,
        BigDecimal proposedFine, Set<PenaltyType> proposedTypes,
        Range assessedRange, String deviationReasons, boolean deviationApproved,
        LocalDate notifiedOn, BigDecimal noticedFine, boolean noticeWaived, boolean defenceMade,
        boolean hearingRequested, LocalDate hearingRequestedOn, boolean hearingHeld, UUID hearingChair,
        boolean legalReviewRequired, boolean legalReviewPassed, UUID reviewer, boolean reviewerQualified, boolean reviewerFirstTime,
        boolean collectiveDiscussionRequired, boolean collectiveDiscussionHeld,
        boolean educationRecorded) {

    public CaseFacts {
        officers = officers == null ? List.of() : List.copyOf(officers);
        proposedTypes = proposedTypes == null ? Set.of() : Set.copyOf(proposedTypes);
    }
}
