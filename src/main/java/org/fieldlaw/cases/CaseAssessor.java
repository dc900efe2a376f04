package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.AssessmentDto.AssessmentRequestBody;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.discretion.AssessmentDto.PartyInput;
import org.fieldlaw.discretion.AssessmentService;
import org.fieldlaw.discretion.PartyHistoryService;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.AssessmentRequest;
import org.fieldlaw.discretion.model.DiscretionEngine;
import org.fieldlaw.discretion.model.Party;
import org.fieldlaw.discretion.model.PartyHistory;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Range;
import org.fieldlaw.discretion.model.Violation;

/**
 * Runs the discretion assessment for a case as it stands, with the party's earlier cases counted
 * in the database (this case left out), and pins the answer to the case.
 */
@ApplicationScoped
public class CaseAssessor {

    private final AssessmentService assessments;
    private final PartyHistoryService histories;
    private final CaseViews views;
    private final ObjectMapper mapper;
    private final ViolationCatalogue catalogue;
    private final DiscretionEngine engine;
    private final Clock clock;

    CaseAssessor(AssessmentService assessments, PartyHistoryService histories, CaseViews views, ObjectMapper mapper,
            ViolationCatalogue catalogue, DiscretionEngine engine, Clock clock) {
        this.assessments = assessments;
        this.histories = histories;
        this.views = views;
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.engine = engine;
        this.clock = clock;
    }

    public AssessmentView assess(EnforcementCase c, LocalDate decisionDate) {
        boolean person = c.partyKind == PartyKind.PERSON;
        AssessmentRequestBody body = new AssessmentRequestBody(c.violationCode, c.placeCode, c.actDate, c.actEndDate, c.continuing,
                discovered(c), decisionDate,
                new PartyInput(c.partyKind.name(), person ? c.partyIdentifier : null, c.partyBirthDate, person ? null : c.partyIdentifier),
                new LinkedHashSet<>(Arrays.asList(c.circumstances)), views.bases(c.bases));
        return assessments.assess(body, (party, violation, field, actDate) -> histories.countFromDatabase(party, violation, field, actDate, c.id));
    }

    /**
     * APL Art 36: the day the act was found, else the day the case was recorded. Never the day of the
     * proposal or the decision, which would let a slow office run a case out of time.
     */
    LocalDate discovered(EnforcementCase c) {
        return c.discoveredOn != null ? c.discoveredOn : c.createdAt.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /**
     * APL Art 36 at filing: found only after the limitation period? Needs no baseline in force at the
     * act, which an old act may lack.
     */
    public boolean beyondLimitation(EnforcementCase c) {
        Violation violation = catalogue.violationOf(c.placeCode, c.actDate, c.violationCode)
                .orElseThrow(() -> new IllegalStateException("a stored case names an unknown violation: " + c.violationCode));
        LocalDate discovered = discovered(c);
        AssessmentRequest request = new AssessmentRequest(c.violationCode, c.actDate, c.actEndDate, c.continuing, discovered,
                discovered, new Party(c.partyKind, null, null), new LinkedHashSet<>(Arrays.asList(c.circumstances)), Map.of(),
                PartyHistory.NONE);
        return engine.beyondLimitation(request, violation);
    }

    /**
     * APL Art 37 at the decision: the assessment is made again with the decision's date, and replaces
     * the pinned one when a version that took effect after the proposal now applies (lighter, or no
     * longer a violation). Otherwise the pinned assessment stands.
     */
    public Optional<AssessmentView> atDecision(EnforcementCase c, LocalDate day) {
        if (c.assessment == null) {
            return Optional.empty();
        }
        AssessmentView now = assess(c, day);
        Assessment later = now.assessment();
        if (later.comparison() == null || !later.comparison().decisionTimeApplied()) {
            return Optional.empty();
        }
        JsonNode pinned = StoredJson.read(mapper, c.assessment).path("assessment");
        boolean same = String.valueOf(later.baselineId()).equals(pinned.path("baselineId").asText(null))
                && later.baselineVersion() == pinned.path("baselineVersion").asInt(-1);
        return same ? Optional.empty() : Optional.of(now);
    }

    public void pin(EnforcementCase c, AssessmentView view) {
        c.assessment = StoredJson.write(mapper, view);
        Optional<Range> fine = fineRange(view.assessment());
        c.assessedMin = fine.map(Range::min).orElse(null);
        c.assessedMax = fine.map(Range::max).orElse(null);
        c.assessedTier = view.assessment().tier() == null ? null : view.assessment().tier().name();
        c.noPenaltyReason = view.assessment().noPenaltyReason() == null ? null : view.assessment().noPenaltyReason().name();
    }

    public static Optional<Range> fineRange(Assessment a) {
        return a.penalties().stream().filter(p -> p.type() == PenaltyType.FINE && p.range() != null).map(Assessment.AssessedPenalty::range).findFirst();
    }

    /** The law's reason why no penalty may be given at all, or null: a "may" (首违不罚) leaves the choice open. */
    public static String barredReason(Assessment a) {
        if (a.outcome() == Assessment.Outcome.NO_PENALTY && a.noPenaltyMandatory()) {
            return a.noPenaltyReason().text();
        }
        return null;
    }
}
