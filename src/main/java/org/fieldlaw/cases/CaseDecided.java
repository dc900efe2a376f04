package org.fieldlaw.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the transaction that decides a penalty, for features that follow decisions
 * (publication): which case, which body decided it, where, and when.
 */
public record CaseDecided(UUID caseId, UUID bodyId, String placeCode, LocalDate decidedOn) {
}
