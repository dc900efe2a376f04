package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister.HeldCertificate;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.agency.model.CertificateStatus;
import org.fieldlaw.agency.model.MatterAuthority;
import org.fieldlaw.cases.model.CaseFacts;
import org.fieldlaw.cases.model.CaseOfficer;
import org.fieldlaw.cases.model.Notice;
import org.fieldlaw.cases.model.Penalty;
import org.fieldlaw.discretion.model.Range;

/** Gathers what the procedure gates read: the case's own columns and the register as it stands on the day. */
@ApplicationScoped
public class CaseFactsReader {

    private final JurisdictionDirectory directory;
    private final AgencyRegister register;
    private final CaseRules rules;

    CaseFactsReader(JurisdictionDirectory directory, AgencyRegister register, CaseRules rules) {
        this.directory = directory;
        this.register = register;
        this.rules = rules;
    }

    public CaseFacts read(EnforcementCase c, LocalDate day, boolean limitationPassed, String penaltyBarred) {
        Range assessed = c.assessedMin == null ? null : new Range(c.assessedMin, c.assessedMax);
        RegisteredOfficer reviewer = c.legalReviewer == null ? null : register.officer(c.legalReviewer).orElse(null);
        return new CaseFacts(c.procedure == Procedure.ON_THE_SPOT, penaltyBarred,
                c.partyKind, c.field, c.placeCode, day,
                officers(c, day), authority(c), limitationPassed,
                proposed(c), assessed, c.deviationReasons, c.deviationApprovedBy != null,
                notice(c),
                c.hearingRequestedOn != null, c.hearingRequestedOn, c.hearingHeldOn != null, c.hearingChair,
                c.hearingNoticedOn, c.hearingScheduledOn,
                c.legalReviewRequired, c.legalReviewPassedOn != null, c.legalReviewer,
                reviewer != null && reviewer.legalQualification(), reviewer != null && firstReview(reviewer.id(), c.id),
                c.collectiveDiscussionRequired, c.collectiveDiscussionOn != null,
                c.educationRecord != null && !c.educationRecord.isBlank(),
                c.filedOn == null ? null : rules.deadlines().decisionDue(c.filedOn, c.decisionExtendedTo));
    }

    static Penalty proposed(EnforcementCase c) {
        return new Penalty(c.proposedFine, CaseViews.typeSet(c.proposedTypes), c.proposedConfiscatedValue);
    }

    static Notice notice(EnforcementCase c) {
        return new Notice(c.noticeServedOn, new Penalty(c.noticedFine, CaseViews.typeSet(c.noticedTypes), c.noticedConfiscatedValue),
                c.hearingOffered, c.noticeWaived, c.defenceMade);
    }

    /** Each officer with the certificate that serves on the day, or the one that comes nearest, so a refusal can name it. */
    List<CaseOfficer> officers(EnforcementCase c, LocalDate day) {
        List<CaseOfficer> taking = new ArrayList<>();
        for (CaseOfficerLink link : CaseOfficerLink.ofCase(c.id)) {
            List<HeldCertificate> certificates = register.certificatesOf(link.key.officerId());
            HeldCertificate chosen = certificates.stream()
                    .filter(cert -> cert.terms().covers(day, c.field, c.placeCode, directory.tree())).findFirst()
                    .or(() -> certificates.stream().filter(cert -> cert.terms().statusOn(day) == CertificateStatus.VALID).findFirst())
                    .or(() -> certificates.stream().reduce((a, b) -> b))
                    .orElse(null);
            taking.add(new CaseOfficer(link.key.officerId(), chosen == null ? null : chosen.number(),
                    chosen == null ? null : chosen.terms(), link.investigator));
        }
        return taking;
    }

    /** Whether the case's body holds the matter on the act date (a town only by devolution). */
    MatterAuthority.Decision authority(EnforcementCase c) {
        if (c.matterCode == null || c.matterCode.isBlank()) {
            return null;
        }
        return register.authority(register.body(c.bodyId).orElseThrow(), c.matterCode, c.actDate);
    }

    /** Whether the reviewer has passed no other case yet: a first-time reviewer needs the legal qualification (APL Art 58). */
    static boolean firstReview(UUID reviewerId, UUID caseId) {
        return EnforcementCase.count("legalReviewer = ?1 and legalReviewPassedOn is not null and id <> ?2", reviewerId, caseId) == 0;
    }
}
