package org.fieldlaw.discretion.model;

/**
 * What the service's own case history says of the party, counted by its identifier: decided
 * cases of this violation before the act, and decided violations within the year before the act.
 */
public record PartyHistory(int earlierCasesOfThisViolation, int violationsWithinYear) {

    public static final PartyHistory NONE = new PartyHistory(0, 0);

    public PartyHistory {
        if (earlierCasesOfThisViolation < 0 || violationsWithinYear < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
