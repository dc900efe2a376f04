package org.fieldlaw.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the transaction that records a decision revoked or changed (on reconsideration or
 * in court): what was published of it must come down (国办发〔2018〕118号: within 3 days).
 */
public record DecisionWithdrawn(UUID caseId, LocalDate on, String reason, boolean changed) {
}
