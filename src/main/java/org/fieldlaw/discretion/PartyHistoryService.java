package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.fieldlaw.discretion.model.PartyHistory;

/**
 * Counts a party's decided cases by its identifier: never an officer's tick box (domain.md §4).
 * "Within a year" counts decided violations of the same field in the year before the act.
 */
@ApplicationScoped
public class PartyHistoryService {

    @Transactional
    public PartyHistory historyOf(String partyIdentifier, String violationCode, String field, LocalDate actDate) {
        if (partyIdentifier == null || partyIdentifier.isBlank()) {
            return PartyHistory.NONE;
        }
        long earlier = DecidedCaseRecord.count("partyIdentifier = ?1 and violationCode = ?2 and decidedOn < ?3",
                partyIdentifier, violationCode, actDate);
        long withinYear = DecidedCaseRecord.count("partyIdentifier = ?1 and field = ?2 and decidedOn >= ?3 and decidedOn < ?4",
                partyIdentifier, field, actDate.minusYears(1), actDate);
        return new PartyHistory((int) earlier, (int) withinYear);
    }
}
