package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;

/** A case's penalty decision as other features read it (publication): the decided facts, nothing of the procedure. */
@ApplicationScoped
public class CaseDecisions {

    /** The party's name is as recorded: a reader that shows it to the public redacts it. */
    public record Decision(UUID caseId, String caseNumber, UUID bodyId, String placeCode, PartyKind partyKind, String partyName,
            String violationCode, LocalDate actDate, List<PenaltyType> types, BigDecimal fine, LocalDate decidedOn) {
    }

    private final CaseService cases;
    private final Caller caller;

    CaseDecisions(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    /** The decisions of those cases the caller may see, unlocked: for showing a queue of them; inside the caller's transaction. */
    public List<Decision> read(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return EnforcementCase.<EnforcementCase>list("id in ?1", caseIds).stream().filter(c -> caller.covers(c.placeCode))
                .map(CaseDecisions::decision).toList();
    }

    /**
     * The decision of a case the caller may see (404 otherwise), the case locked until the transaction
     * ends: what is published from it is the decision as it stands, and a change to it waits.
     */
    public Decision locked(UUID caseId) {
        return decision(cases.lockVisible(caseId));
    }

    private static Decision decision(EnforcementCase c) {
        List<PenaltyType> types = c.decidedTypes == null ? List.of() : Arrays.stream(c.decidedTypes).map(PenaltyType::valueOf).toList();
        return new Decision(c.id, c.caseNumber, c.bodyId, c.placeCode, c.partyKind, c.partyName, c.violationCode, c.actDate, types,
                c.decidedFine, c.decidedOn);
    }
}
