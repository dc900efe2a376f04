package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Texts;
import org.fieldlaw.discretion.AssessmentDto.AssessmentRequestBody;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;
import org.fieldlaw.discretion.AssessmentDto.LayerRef;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.AssessmentRequest;
import org.fieldlaw.discretion.model.Baseline;
import org.fieldlaw.discretion.model.DiscretionEngine;
import org.fieldlaw.discretion.model.Party;
import org.fieldlaw.discretion.model.PartyHistory;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.Violation;

/** Stateless assessment: the baselines in force at the act and at the decision, the party's history, the engine. */
@ApplicationScoped
public class AssessmentService {

    private final BaselineIndex index;
    private final DiscretionEngine engine;
    private final PartyHistoryService histories;
    private final ViolationCatalogue catalogue;
    private final Caller caller;
    private final Clock clock;

    AssessmentService(BaselineIndex index, DiscretionEngine engine, PartyHistoryService histories, ViolationCatalogue catalogue,
            Caller caller, Clock clock) {
        this.index = index;
        this.catalogue = catalogue;
        this.engine = engine;
        this.histories = histories;
        this.caller = caller;
        this.clock = clock;
    }

    public AssessmentView assess(AssessmentRequestBody body) {
        return assess(body, histories::historyOf);
    }

    /** Where the party's earlier cases are counted: memory for a quick answer, the database when a case pins the result. */
    @FunctionalInterface
    public interface HistorySource {
        PartyHistory historyOf(String partyIdentifier, String violationCode, String field, LocalDate actDate);
    }

    public AssessmentView assess(AssessmentRequestBody body, HistorySource history) {
        String place = body.placeCode() == null || body.placeCode().isBlank() ? caller.jurisdictionCode() : body.placeCode().trim();
        caller.requireWithin(place);
        LocalDate decision = body.decisionDate() == null ? LocalDate.now(clock) : body.decisionDate();
        // A continuing act is judged by the rules in force when it ended, or now if it goes on (APL Art 37).
        LocalDate rulesDate = !Boolean.TRUE.equals(body.continuing()) ? body.actDate()
                : body.actEndDate() != null ? body.actEndDate() : decision;
        BaselineIndex.Resolved actLayers = index.resolve(place, rulesDate).orElse(null);
        Baseline atAct = actLayers == null ? null : actLayers.baseline();
        Violation violation = (atAct == null ? catalogue.violationOf(place, rulesDate, body.violationCode()) : atAct.violation(body.violationCode()))
                .orElseThrow(() -> ApiException.invalid("violationCode", "行为发生时的基准中没有该违法行为 (not in the baseline in force on the act date): "
                        + body.violationCode()));
        BaselineIndex.Resolved decisionLayers = index.resolve(place, decision).orElse(null);
        Baseline atDecision = decisionLayers == null ? null : decisionLayers.baseline();
        Party party = party(body);
        AssessmentRequest request;
        try {
            request = new AssessmentRequest(violation.code(), body.actDate(), body.actEndDate(),
                    Boolean.TRUE.equals(body.continuing()), body.discoveredOn(), decision, party, body.circumstances(),
                    body.bases(), history.historyOf(party.identifier(), violation.code(), violation.field(), body.actDate()));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.VALIDATION, e.getMessage());
        }
        if (atAct == null) {
            // Age and limitation are the law's, not a baseline's: they answer even for an act older than every baseline.
            Assessment barred = engine.statutoryBar(request, violation)
                    .orElseThrow(() -> ApiException.invalid("actDate", "违法行为发生之日没有施行中的裁量基准 (no baseline in force on the act date)"));
            return new AssessmentView(place, List.of(), barred);
        }
        Assessment assessment = engine.assess(request, atAct, atDecision);
        boolean decisionTime = assessment.comparison() != null && assessment.comparison().decisionTimeApplied();
        List<LayerRef> layers = (decisionTime ? decisionLayers : actLayers).layers().stream()
                .map(l -> new LayerRef(l.authorityCode(), l.baseline().version(), l.baseline().effectiveFrom())).toList();
        return new AssessmentView(place, layers, assessment);
    }

    private static Party party(AssessmentRequestBody body) {
        try {
            if (PartyKind.PERSON.name().equals(body.party().kind())) {
                return new Party(PartyKind.PERSON, Texts.identifier(body.party().idNumber()), body.party().birthDate());
            }
            return new Party(PartyKind.ORGANISATION, Texts.identifier(body.party().creditCode()), null);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("party", "当事人信息有误 (party details invalid): " + e.getMessage());
        }
    }
}
