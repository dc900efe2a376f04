package org.fieldlaw.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RecentOfficers;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.cases.CaseDto.BodyRef;
import org.fieldlaw.cases.CaseDto.CaseSummary;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.DeadlineView;
import org.fieldlaw.cases.CaseDto.DecisionView;
import org.fieldlaw.cases.CaseDto.NoticeView;
import org.fieldlaw.cases.CaseDto.OfficerView;
import org.fieldlaw.cases.CaseDto.PartyView;
import org.fieldlaw.cases.CaseDto.PlaceView;
import org.fieldlaw.cases.CaseDto.Point;
import org.fieldlaw.cases.CaseDto.ProposalView;
import org.fieldlaw.cases.CaseDto.ReviewView;
import org.fieldlaw.cases.model.CaseDeadlines;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.DueDates;
import org.fieldlaw.cases.model.LatePayment;
import org.fieldlaw.cases.model.Notice;
import org.fieldlaw.cases.model.ProcedureGates;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.privacy.model.Redaction;

/** Builds what the API shows of a case: its facts, its deadlines today, and the party masked unless revealed. */
@ApplicationScoped
public class CaseViews {

    private final ObjectMapper mapper;
    private final JurisdictionDirectory directory;
    private final CaseRules rules;
    private final Clock clock;
    private final RecentOfficers register;
    private final AgencyRegister agency;

    CaseViews(ObjectMapper mapper, JurisdictionDirectory directory, CaseRules rules, Clock clock, RecentOfficers officers,
            AgencyRegister agency) {
        this.register = officers;
        this.agency = agency;
        this.mapper = mapper;
        this.directory = directory;
        this.rules = rules;
        this.clock = clock;
    }

    public CaseView of(EnforcementCase c, boolean revealParty) {
        return of(c, CaseOfficerLink.ofCase(c.id), agency.body(c.bodyId).orElse(null), revealParty);
    }

    /** A case created in this transaction: its officers and body are at hand, no need to read them back. */
    public CaseView ofNew(EnforcementCase c, List<CaseOfficerLink> links, RegisteredBody body) {
        return of(c, links, body, false);
    }

    private CaseView of(EnforcementCase c, List<CaseOfficerLink> links, RegisteredBody body, boolean revealParty) {
        LocalDate today = LocalDate.now(clock);
        String placeName = directory.tree().find(c.placeCode).map(JurisdictionTree.Node::name).orElse(null);
        Point point = c.latitude == null ? null : new Point(c.latitude, c.longitude, c.accuracyM);
        List<OfficerView> officers = links.stream().map(l -> {
            RegisteredOfficer o = register.find(l.key.officerId());
            return new OfficerView(l.key.officerId(), o == null ? null : o.name(), l.investigator);
        }).toList();
        ProposalView proposal = c.assessment == null && c.proposedFine == null && c.proposedTypes == null ? null
                : new ProposalView(c.proposedFine, types(c.proposedTypes), c.proposedConfiscatedValue, c.assessedMin, c.assessedMax, deviates(c),
                        c.deviationReasons, c.deviationApprovedBy, tree(c.assessment));
        NoticeView notice = notice(c);
        List<String> grounds = ProcedureGates.reviewGrounds(c.legalReviewRequired, c.hearingHeldOn != null, c.collectiveDiscussionRequired);
        ReviewView review = new ReviewView(!grounds.isEmpty(), grounds, c.legalReviewPassedOn, c.legalReviewer, c.collectiveDiscussionRequired, c.collectiveDiscussionOn);
        CaseDeadlines periods = rules.deadlines();
        boolean penalised = c.decidedOn != null && c.state != CaseState.NO_PENALTY;
        DecisionView decision = c.decidedOn == null && c.educationRecord == null && c.transferredTo == null && c.outcomeNote == null ? null
                : new DecisionView(c.decidedOn, c.decidedFine, types(c.decidedTypes), c.servedOn, c.paidOn, surcharge(c, today),
                        penalised && c.servedOn != null ? periods.reconsiderationDue(c.servedOn) : null,
                        penalised && c.servedOn != null ? periods.litigationDue(c.servedOn) : null,
                        c.cashCollectedOn, c.cashHandedInOn, c.reminderServedOn,
                        c.reminderServedOn == null ? null : periods.reminderAnswerDue(c.reminderServedOn),
                        c.educationRecord, c.outcomeNote, c.transferredTo);
        List<DeadlineView> deadlines = rules.dueDates().of(dates(c)).stream()
                .map(d -> new DeadlineView(d.kind().name(), d.kind().text(), d.due(), d.metOn(), d.overdueOn(today))).toList();
        return new CaseView(c.id, c.caseNumber, new BodyRef(c.bodyId, body == null ? null : body.name()), c.procedure, c.state,
                c.state.next().stream().sorted().toList(), c.source, c.violationCode, c.field, c.matterCode,
                new PlaceView(c.placeCode, placeName, c.address, point), c.actDate, c.actEndDate, c.continuing, c.discoveredOn,
                party(c, revealParty), officers, Arrays.asList(c.circumstances), bases(c.bases), c.summary, c.filedOn, proposal,
                notice, review, decision, deadlines, c.closedOn, c.createdAt, c.updatedAt, c.version);
    }

    private NoticeView notice(EnforcementCase c) {
        if (c.notifiedOn == null && !c.noticeWaived) {
            return null;
        }
        CaseDeadlines periods = rules.deadlines();
        Notice n = CaseFactsReader.notice(c);
        return new NoticeView(c.notifiedOn, c.noticeServedOn, c.noticedFine, types(c.noticedTypes), c.noticedConfiscatedValue,
                c.hearingOffered, c.noticeWaived, c.defenceMade,
                n.served() ? periods.defenceDue(n.servedOn()) : null,
                n.served() && n.hearingOffered() ? periods.hearingRequestDue(n.servedOn()) : null,
                n.served() ? periods.noticeWindowCloses(n) : null,
                c.hearingRequestedOn, c.hearingNoticedOn, c.hearingScheduledOn, c.hearingChair, c.hearingHeldOn);
    }

    public CaseSummary summary(EnforcementCase c) {
        return new CaseSummary(c.id, c.caseNumber, c.state, c.procedure, c.violationCode, c.placeCode, c.address,
                partyName(c), c.actDate, c.nextDueOn, c.nextDueKind, c.proposedFine, c.assessedMin, c.assessedMax,
                deviates(c), c.deviationReasons, c.updatedAt, c.version);
    }

    static boolean deviates(EnforcementCase c) {
        return c.proposedFine != null && c.assessedMin != null
                && (c.proposedFine.compareTo(c.assessedMin) < 0 || c.proposedFine.compareTo(c.assessedMax) > 0);
    }

    static DueDates.Dates dates(EnforcementCase c) {
        boolean fined = c.decidedFine != null && c.decidedFine.signum() > 0;
        return new DueDates.Dates(c.state, c.filedOn, c.decisionExtendedTo, c.decidedOn, c.servedOn, c.paidOn, fined,
                c.preservationRegisteredOn, c.preservationDisposedOn, c.cashCollectedOn, c.cashHandedInOn);
    }

    private BigDecimal surcharge(EnforcementCase c, LocalDate today) {
        if (c.servedOn == null || c.decidedFine == null || c.decidedFine.signum() == 0) {
            return null;
        }
        LocalDate due = rules.deadlines().paymentDue(c.servedOn);
        LocalDate until = c.paidOn == null ? today : c.paidOn;
        return rules.latePayment().surcharge(c.decidedFine, due, until, pauses(c.paymentPauses));
    }

    List<LatePayment.Pause> pauses(String json) {
        return StoredJson.read(mapper, json, new TypeReference<List<LatePayment.Pause>>() {
        });
    }

    private static PartyView party(EnforcementCase c, boolean reveal) {
        boolean person = c.partyKind == PartyKind.PERSON;
        if (reveal || !person) {
            return new PartyView(c.partyKind.name(), c.partyName, reveal ? c.partyIdentifier : Redaction.identifier(c.partyIdentifier),
                    reveal ? c.partyBirthDate : null, reveal ? c.partyAddress : null, !reveal);
        }
        return new PartyView(c.partyKind.name(), Redaction.personName(c.partyName), Redaction.identifier(c.partyIdentifier), null, null,
                true);
    }

    private static String partyName(EnforcementCase c) {
        return c.partyKind == PartyKind.PERSON ? Redaction.personName(c.partyName) : c.partyName;
    }

    private static List<PenaltyType> types(String[] names) {
        return names == null ? null : Arrays.stream(names).map(PenaltyType::valueOf).toList();
    }

    /** Penalty types as stored (names in a text array), as a set; none stored is the empty set. */
    static Set<PenaltyType> typeSet(String[] names) {
        Set<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
        if (names != null) {
            Arrays.stream(names).map(PenaltyType::valueOf).forEach(types::add);
        }
        return types;
    }

    private JsonNode tree(String json) {
        return StoredJson.read(mapper, json);
    }

    Map<String, BigDecimal> bases(String json) {
        return StoredJson.read(mapper, json, new TypeReference<Map<String, BigDecimal>>() {
        });
    }
}
