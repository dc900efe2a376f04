package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the officer knows at the moment of decision.
 *
 * @param actEndDate for a continuing act (a building still going up), the day it ended; null while it goes on
 * @param continuing the act is a continuing one: limitation runs from its end
 * @param discoveredOn the day the act was discovered (limitation, APL Art 36)
 * @param bases amounts the standards compute from, by name: CONSTRUCTION_COST, ILLEGAL_GAINS ...
 */
public record AssessmentRequest(String violationCode, LocalDate actDate, LocalDate actEndDate, boolean continuing,
        LocalDate discoveredOn, LocalDate decisionDate, Party party, Set<String> circumstances,
        Map<String, BigDecimal> bases, PartyHistory history) {

    public AssessmentRequest {
        Objects.requireNonNull(violationCode, "violationCode");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(party, "party");
        discoveredOn = discoveredOn == null ? decisionDate : discoveredOn;
        circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
        bases = bases == null ? Map.of() : Map.copyOf(bases);
        history = history == null ? PartyHistory.NONE : history;
        if (actEndDate != null && actEndDate.isBefore(actDate)) {
            throw new IllegalArgumentException("the act cannot end before it began");
        }
        if (decisionDate.isBefore(actDate)) {
            throw new IllegalArgumentException("the decision cannot come before the act");
        }
        if (discoveredOn.isBefore(actDate)) {
            throw new IllegalArgumentException("the act cannot be discovered before it happened");
        }
        if (circumstances.contains(Circumstances.NO_HARM) && circumstances.contains(Circumstances.HARMFUL_CONSEQUENCES)) {
            throw new IllegalArgumentException("NO_HARM and HARMFUL_CONSEQUENCES contradict each other");
        }
        for (String code : circumstances) {
            if (Circumstances.DERIVED.contains(code)) {
                throw new IllegalArgumentException(code + " is counted from the case history, not given by the officer");
            }
        }
        for (Map.Entry<String, BigDecimal> base : bases.entrySet()) {
            if (base.getValue() == null || base.getValue().signum() < 0) {
                throw new IllegalArgumentException("base " + base.getKey() + " must be zero or more");
            }
        }
    }

    /**
     * The day whose rules judge the act (APL Art 37): the act's date, or for a continuing act the day
     * it ended; one still going on is judged by the rules in force at the decision.
     */
    public LocalDate rulesDate() {
        if (!continuing) {
            return actDate;
        }
        return actEndDate != null ? actEndDate : decisionDate;
    }

    /** The day limitation runs from: the act's date, or for a continuing act the day it ended. */
    public LocalDate limitationStart() {
        return continuing ? actEndDate : actDate;
    }
}
