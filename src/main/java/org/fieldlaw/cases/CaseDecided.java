package org.fieldlaw.cases;

import java.time.LocalDate;
import java.util.UUID;

/** Fired inside the transaction that decides a penalty, for features that follow decisions (publication). */
public record CaseDecided(UUID caseId, LocalDate decidedOn) {
}
