package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.CertificateTerms;
import org.fieldlaw.agency.model.Devolution;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.agency.model.MatterAuthority;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Range;
import org.junit.jupiter.api.Test;

/** The procedure refuses any step the law does not allow yet, naming each missing condition. */
class ProcedureGatesTest {

    static final JurisdictionTree TREE = new JurisdictionTree(List.of(
            new JurisdictionTree.Node("440703", "蓬江区", JurisdictionLevel.COUNTY, null),
            new JurisdictionTree.Node("440703001", "白沙街道", JurisdictionLevel.TOWN, "440703")));
    static final ProcedureGates GATES = new ProcedureGates(TREE, OnTheSpotLimit.statutory(), HearingTrigger.jiangmenDefaults(),
            new CaseDeadlines(WorkingDayCalendar.weekendsOnly()));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final CertificateTerms VALID = new CertificateTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null,
            Set.of("city-management"), "440703");
    static final CertificateTerms EXPIRED = new CertificateTerms(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), null,
            Set.of("city-management"), "440703");
    static final UUID INVESTIGATOR = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final MatterAuthority.Decision HELD = MatterAuthority.decide(BodyKind.TOWN_OFFICE, "M", TODAY,
            List.of(new Devolution("440703001", "M", LocalDate.of(2021, 1, 1), null)));
    static final MatterAuthority.Decision NOT_HELD = MatterAuthority.decide(BodyKind.TOWN_OFFICE, "M", TODAY, List.of());

    static FactsBuilder facts() {
        return new FactsBuilder();
    }

    static List<String> gates(CaseState from, CaseState to, CaseFacts facts) {
        return GATES.check(from, to, facts).stream().map(ProcedureGates.Refusal::gate).distinct().toList();
    }

    @Test
    void twoOfficersWithValidCertificatesFileACaseTheTownHolds() {
        assertEquals(List.of(), gates(CaseState.RECORDED, CaseState.FILED, facts().build()));
    }

    @Test
    void filingNeedsTwoOfficersWithCertificatesValidOnTheDay() {
        CaseFacts oneExpired = facts().officers(List.of(new CaseOfficer(INVESTIGATOR, "A1", VALID, true),
                new CaseOfficer(SECOND, "A2", EXPIRED, false))).build();
        assertEquals(List.of("two-officers"), gates(CaseState.RECORDED, CaseState.FILED, oneExpired));
    }

    @Test
    void aMatterTheTownDoesNotHoldIsRoutedToTheCounty() {
        assertEquals(List.of("devolved-matter"), gates(CaseState.RECORDED, CaseState.FILED, facts().authority(NOT_HELD).build()));
    }

    @Test
    void aCaseBeyondTheLimitationPeriodIsNotFiled() {
        assertEquals(List.of("limitation"), gates(CaseState.RECORDED, CaseState.FILED, facts().limitationPassed(true).build()));
    }

    @Test
    void onTheSpotDecisionRefusedAboveTwoHundredYuanForAPerson() {
        assertEquals(List.of(), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT, facts().onTheSpot(true).proposedFine("200").build()));
        assertEquals(List.of("on-the-spot-limit"),
                gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT, facts().onTheSpot(true).proposedFine("201").build()));
        assertEquals(List.of(), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT,
                facts().onTheSpot(true).partyKind(PartyKind.ORGANISATION).proposedFine("3000").build()));
        assertEquals(List.of("on-the-spot-limit"), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT,
                facts().onTheSpot(true).partyKind(PartyKind.ORGANISATION).proposedFine("3000.01").build()));
    }

    @Test
    void aWarningAloneIsAlwaysOpenToTheOnTheSpotProcedure() {
        assertEquals(List.of(), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT,
                facts().onTheSpot(true).proposedTypes(Set.of(PenaltyType.WARNING)).build()));
    }

    @Test
    void onTheSpotOnlyAWarningOrAFineWithinTheLimitsMayBeDecided() {
        // APL Art 51: before, any penalty type passed as long as the fine was small: a confiscation decided on the spot.
        assertEquals(List.of("on-the-spot-limit"), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT,
                facts().onTheSpot(true).proposedFine("100").proposedTypes(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS))
                        .build()));
        assertEquals(List.of(), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT,
                facts().onTheSpot(true).proposedFine("100").proposedTypes(Set.of(PenaltyType.FINE, PenaltyType.WARNING)).build()));
    }

    @Test
    void eachProcedureKeepsItsOwnPath() {
        assertEquals(List.of("procedure"), gates(CaseState.RECORDED, CaseState.DECIDED_ON_THE_SPOT, facts().proposedFine("50").build()));
        assertEquals(List.of("procedure"), gates(CaseState.RECORDED, CaseState.FILED, facts().onTheSpot(true).build()));
    }

    @Test
    void noPenaltyMayBeProposedWhereTheAssessmentBarsOne() {
        assertEquals(List.of("no-penalty"), gates(CaseState.INVESTIGATING, CaseState.PROPOSED,
                facts().proposedFine("100").penaltyBarred("违法行为轻微并及时改正 (APL Art 33)").build()));
        assertEquals(List.of("proposal"), gates(CaseState.INVESTIGATING, CaseState.PROPOSED, facts().proposedTypes(Set.of()).build()));
    }

    @Test
    void noDecisionWithoutNoticeOrWaiver() {
        assertEquals(List.of("notice"), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().notifiedOn(null).build()));
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().notifiedOn(null).noticeWaived(true).build()));
    }

    @Test
    void aDecisionHeavierThanTheNoticeNeedsANewNoticeWithOrWithoutADefence() {
        // APL Arts 44, 45: before, only a higher fine after a recorded defence was refused
        assertEquals(List.of("heavier-than-notice"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().noticedFine("150").proposedFine("180").defenceMade(true).build()));
        assertEquals(List.of("heavier-than-notice"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().noticedFine("150").proposedFine("180").build()), "no defence: still a higher fine than notified");
        assertEquals(List.of("heavier-than-notice"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().noticedTypes(Set.of(PenaltyType.WARNING)).proposedTypes(Set.of(PenaltyType.WARNING, PenaltyType.FINE))
                        .proposedFine("100").build()), "a fine where only a warning was notified");
        assertEquals(List.of("heavier-than-notice"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().proposedFine("150").noticedFine("150").proposedTypes(Set.of(PenaltyType.FINE, PenaltyType.SUSPEND_LICENCE))
                        .noticedTypes(Set.of(PenaltyType.FINE)).hearingOffered(true).build()), "an added penalty type");
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().noticedFine("150").proposedFine("120").defenceMade(true).build()), "lighter is always allowed");
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().proposedFine("120").noticedFine("150")
                .noticedTypes(Set.of(PenaltyType.FINE, PenaltyType.ORDER_CORRECTION)).build()), "a type dropped is lighter");
    }

    @Test
    void afterADefenceANewProposalMayNotBeHeavierThanTheNoticeItAnswered() {
        // APL Art 45: a re-proposal is how a heavier decision would otherwise slip through after a defence
        assertEquals(List.of("no-heavier-after-defence"), gates(CaseState.NOTIFIED, CaseState.PROPOSED,
                facts().noticedFine("150").proposedFine("180").defenceMade(true).build()));
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.PROPOSED, facts().noticedFine("150").proposedFine("180").build()),
                "without a defence a heavier proposal goes out again with a new notice");
    }

    @Test
    void noDecisionWhileThePartysWindowToDefendOrAskForAHearingIsOpen() {
        // APL Arts 44, 62, 64; served Thursday 2026-03-05, three working days to defend end Tuesday 03-10,
        // the five-day hearing window ends Thursday 03-12
        ProcedureGates threeDays = new ProcedureGates(TREE, OnTheSpotLimit.statutory(), HearingTrigger.jiangmenDefaults(),
                new CaseDeadlines(WorkingDayCalendar.weekendsOnly(), 3));
        LocalDate served = LocalDate.of(2026, 3, 5);
        CaseFacts small = facts().proposedFine("100").notifiedOn(served).build();
        assertEquals(List.of("notice-window"), threeDays.check(CaseState.NOTIFIED, CaseState.DECIDED, small).stream()
                .map(ProcedureGates.Refusal::gate).toList(), "decided on the last day of the defence period");
        LocalDate nextDay = LocalDate.of(2026, 3, 11);
        CaseFacts large = facts().proposedFine("6000").notifiedOn(served).hearingOffered(true).today(nextDay).build();
        assertEquals(List.of("notice-window"), threeDays.check(CaseState.NOTIFIED, CaseState.DECIDED, large).stream()
                .map(ProcedureGates.Refusal::gate).toList(), "the hearing window is still open on 03-11");
        CaseFacts smallNextDay = facts().proposedFine("100").notifiedOn(served).today(nextDay).build();
        assertEquals(List.of(), threeDays.check(CaseState.NOTIFIED, CaseState.DECIDED, smallNextDay).stream()
                .map(ProcedureGates.Refusal::gate).toList());
        assertEquals(List.of(), threeDays.check(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().proposedFine("100").notifiedOn(served).noticeWaived(true).build()).stream().map(ProcedureGates.Refusal::gate).toList(),
                "a written waiver ends the window");
    }

    @Test
    void aPenaltyReachingAHearingNeedsTheHearingOfferedInTheNotice() {
        // APL Arts 63, 64: before, the notice did not record whether it offered a hearing
        assertEquals(List.of("hearing-not-offered"), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().proposedFine("6000").build()));
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().proposedFine("6000").hearingOffered(true).build()));
    }

    @Test
    void hearingsAreOfferedForEveryArticle63PenaltyNotOnlyLargeFines() {
        HearingTrigger trigger = HearingTrigger.jiangmenDefaults();
        for (PenaltyType heavy : List.of(PenaltyType.LOWER_QUALIFICATION, PenaltyType.REVOKE_LICENCE, PenaltyType.SUSPEND_BUSINESS,
                PenaltyType.ORDER_CLOSURE, PenaltyType.RESTRICT_PRACTICE, PenaltyType.RESTRICT_BUSINESS)) {
            assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(null, Set.of(heavy), null)).isPresent(), heavy.name());
        }
        Set<PenaltyType> gains = Set.of(PenaltyType.CONFISCATE_ILLEGAL_GAINS);
        assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(null, gains, new BigDecimal("5000"))).isPresent(),
                "confiscation of a large amount");
        assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(null, gains, new BigDecimal("4999.99"))).isEmpty());
        assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(null, gains, null)).isPresent(),
                "a value not yet known could be large");
        assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(null, Set.of(PenaltyType.WARNING), null)).isEmpty());
    }

    @Test
    void legalReviewIsRequiredAfterAHearingAndForComplexCasesWhateverTheProposerSaid() {
        // APL Art 58 items 2 and 3: before, HEARING > DECIDED passed when the proposer left the flag off
        assertEquals(List.of("legal-review"), gates(CaseState.HEARING, CaseState.DECIDED, facts().hearingHeld(true).build()));
        assertEquals(List.of("legal-review"), gates(CaseState.COLLECTIVE_DISCUSSION, CaseState.DECIDED,
                facts().collectiveDiscussion(true, true).build()));
        assertEquals(List.of(), gates(CaseState.LEGAL_REVIEW, CaseState.DECIDED,
                facts().hearingHeld(true).legalReview(false, true, UUID.randomUUID(), true, false).build()));
    }

    @Test
    void aDecisionAfterTheNinetyDaysNeedsAnExtensionFirst() {
        // APL Art 60: before, a late decision passed and the deadline was only shown
        assertEquals(List.of("decision-period"), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().decisionDue(TODAY.minusDays(1)).build()));
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.DECIDED, facts().decisionDue(TODAY).build()), "the last day is in time");
        assertEquals(List.of("decision-period"), gates(CaseState.INVESTIGATING, CaseState.NO_PENALTY,
                facts().educationRecorded(true).decisionDue(TODAY.minusDays(1)).build()));
    }

    @Test
    void aRequestedHearingMustBeHeldBeforeTheDecisionAndNotChairedByAnInvestigator() {
        CaseFacts large = facts().proposedFine("5000").noticedFine("5000").notifiedOn(TODAY.minusDays(1)).hearingOffered(true)
                .hearingRequested(true, TODAY).build();
        assertEquals(List.of("notice-window", "hearing"), gates(CaseState.NOTIFIED, CaseState.DECIDED, large));
        assertEquals(List.of(), gates(CaseState.NOTIFIED, CaseState.HEARING, large));
        assertEquals(List.of("hearing-chair"), gates(CaseState.NOTIFIED, CaseState.HEARING,
                facts().proposedFine("5000").notifiedOn(TODAY.minusDays(1)).hearingRequested(true, TODAY).hearingChair(INVESTIGATOR).build()));
        assertEquals(List.of("hearing"), gates(CaseState.NOTIFIED, CaseState.HEARING, facts().proposedFine("4999.99").notifiedOn(TODAY.minusDays(1))
                .hearingRequested(true, TODAY).build()), "below the threshold there is no hearing");
    }

    @Test
    void aHearingIsHeldOnlyAfterThePartyWasToldItsTimeAndPlaceSevenWorkingDaysAhead() {
        // APL Art 64: before, CaseDeadlines#hearingNoticeInTime existed and nothing called it
        FactsBuilder asked = facts().proposedFine("6000").notifiedOn(TODAY.minusDays(1)).hearingRequested(true, TODAY);
        assertEquals(List.of("hearing-notice"), gates(CaseState.NOTIFIED, CaseState.HEARING, asked.hearingNotice(null, null).build()));
        assertEquals(List.of("hearing-notice"), gates(CaseState.NOTIFIED, CaseState.HEARING,
                asked.hearingNotice(TODAY.minusDays(3), TODAY.plusDays(10)).build()), "not before the day set");
        // told Monday 03-02, hearing Wednesday 03-11: 3, 4, 5, 6, 9, 10, 11 are seven working days
        assertTrue(GATES.hearingNoticeLate(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11)).isEmpty());
        assertTrue(GATES.hearingNoticeLate(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10)).isPresent());
    }

    @Test
    void aHearingAskedAfterFiveWorkingDaysIsRefused() {
        // notified Tuesday 2026-03-03: five working days end Tuesday 2026-03-10
        CaseFacts late = facts().proposedFine("6000").notifiedOn(LocalDate.of(2026, 3, 3))
                .hearingRequested(true, LocalDate.of(2026, 3, 11)).build();
        assertEquals(List.of("hearing"), gates(CaseState.NOTIFIED, CaseState.HEARING, late));
    }

    @Test
    void theDecisionIsLockedUntilLegalReviewPassesByAQualifiedNonInvestigator() {
        assertEquals(List.of("legal-review"), gates(CaseState.LEGAL_REVIEW, CaseState.DECIDED,
                facts().legalReview(true, false, UUID.randomUUID(), true, false).build()));
        assertEquals(List.of("legal-review"), gates(CaseState.LEGAL_REVIEW, CaseState.DECIDED,
                facts().legalReview(true, true, INVESTIGATOR, true, false).build()));
        assertEquals(List.of("legal-review"), gates(CaseState.LEGAL_REVIEW, CaseState.DECIDED,
                facts().legalReview(true, true, UUID.randomUUID(), false, true).build()));
        assertEquals(List.of(), gates(CaseState.LEGAL_REVIEW, CaseState.DECIDED,
                facts().legalReview(true, true, UUID.randomUUID(), true, true).build()));
    }

    @Test
    void aMajorCaseNeedsCollectiveDiscussion() {
        assertEquals(List.of("collective-discussion"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().collectiveDiscussion(true, false).legalReview(false, true, UUID.randomUUID(), true, false).build()));
        assertEquals(List.of("legal-review", "collective-discussion"), gates(CaseState.NOTIFIED, CaseState.DECIDED,
                facts().collectiveDiscussion(true, false).build()), "a case complex enough for discussion is reviewed too (APL Art 58)");
    }

    @Test
    void aFineOutsideTheAssessedRangeNeedsWrittenReasonsAndApproval() {
        CaseFacts outside = facts().assessedRange(Range.of(80, 150)).proposedFine("180").noticedFine("180").build();
        List<ProcedureGates.Refusal> refusals = GATES.check(CaseState.PROPOSED, CaseState.NOTIFIED, outside);
        assertEquals(2, refusals.size(), refusals.toString());
        assertEquals(List.of(), gates(CaseState.PROPOSED, CaseState.NOTIFIED,
                facts().assessedRange(Range.of(80, 150)).proposedFine("180").deviation("当事人拒不改正且阻碍执法", true).build()));
    }

    @Test
    void noPenaltyNeedsTheEducationRecorded() {
        assertEquals(List.of("education"), gates(CaseState.INVESTIGATING, CaseState.NO_PENALTY, facts().build()));
        assertEquals(List.of(), gates(CaseState.INVESTIGATING, CaseState.NO_PENALTY, facts().educationRecorded(true).build()));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertEquals(List.of("transition"), gates(CaseState.FILED, CaseState.DECIDED, facts().build()));
        assertEquals(List.of("transition"), gates(CaseState.CLOSED, CaseState.FILED, facts().build()));
        assertTrue(CaseState.CLOSED.next().isEmpty());
    }

    @Test
    void hearingThresholdsAreConfigurablePerField() {
        HearingTrigger trigger = new HearingTrigger(new HearingTrigger.Thresholds(new BigDecimal("5000"), new BigDecimal("100000")),
                Map.of("planning-construction", new HearingTrigger.Thresholds(new BigDecimal("20000"), new BigDecimal("200000"))));
        assertTrue(trigger.reason("city-management", PartyKind.PERSON, new Penalty(new BigDecimal("6000"), Set.of(PenaltyType.FINE), null)).isPresent());
        assertTrue(trigger.reason("planning-construction", PartyKind.PERSON, new Penalty(new BigDecimal("6000"), Set.of(PenaltyType.FINE), null)).isEmpty());
        assertTrue(trigger.reason("planning-construction", PartyKind.PERSON, new Penalty(null, Set.of(PenaltyType.REVOKE_LICENCE), null)).isPresent());
    }
}
