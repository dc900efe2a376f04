package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.privacy.PersonalData;

/**
 * The party history discretion counts first violations and repeat offending from: cases report
 * each decided case here, and each revoked decision, inside the transaction that decides it. Discretion owns the table; the
 * database tells every replica's {@link PartyHistoryService} of the new row.
 */
@ApplicationScoped
public class DecidedCases {

    private final PersonalData personalData;

    DecidedCases(PersonalData personalData) {
        this.personalData = personalData;
    }

    /**
     * A case decided for the party its identifier names; {@code penalised} false for a no-penalty
     * outcome (it still makes the next case of the violation no first violation).
     */
    public record Decided(UUID caseId, String partyIdentifier, String violationCode, String field, LocalDate decidedOn,
            boolean penalised) {
    }

    /** Counted once per case however often it is reported; a party without an identifier has no history to join. */
    public void record(Decided d) {
        if (d.partyIdentifier() == null || DecidedCaseRecord.findById(d.caseId()) != null) {
            return;
        }
        DecidedCaseRecord r = new DecidedCaseRecord();
        r.id = d.caseId();
        r.partyKey = personalData.lookupKey(d.partyIdentifier());
        r.violationCode = d.violationCode();
        r.field = d.field();
        r.decidedOn = d.decidedOn();
        r.source = "case";
        r.penalised = d.penalised();
        r.persist();
    }

    /** A decision revoked on reconsideration or in court leaves the history, as if it had never been made. */
    public void revoke(UUID caseId) {
        DecidedCaseRecord.deleteById(caseId);
    }
}
