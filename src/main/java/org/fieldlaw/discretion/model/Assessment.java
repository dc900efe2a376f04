package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.List;

/** The engine's answer: what the baseline allows for this case, and every step of how it got there. */
public record Assessment(Outcome outcome, NoPenaltyReason noPenaltyReason, boolean noPenaltyMandatory,
        boolean educationRequired, Tier tier, List<AssessedPenalty> penalties, List<String> missingBases,
        String baselineId, int baselineVersion, String rowId, String breachedProvision, String penaltyProvision,
        List<String> steps, Art37Comparison comparison) {

    public enum Outcome {
        PENALTY, NO_PENALTY
    }

    /** The reasons the law gives for no penalty (APL Arts 30, 33, 36, 37). */
    public enum NoPenaltyReason {
        UNDER_14("不满十四周岁，不予处罚，责令监护人加以管教 (APL Art 30)"),
        NO_FAULT("当事人有证据足以证明没有主观过错，不予处罚 (APL Art 33 para 2)"),
        MINOR_AND_CORRECTED("违法行为轻微并及时改正，没有造成危害后果，不予处罚 (APL Art 33 para 1)"),
        ON_NO_PENALTY_LIST("属于不予处罚清单事项 (APL Art 33 para 1)"),
        FIRST_VIOLATION("初次违法且危害后果轻微并及时改正，可以不予处罚 (首违不罚, APL Art 33 para 1)"),
        LIMITATION_PASSED("违法行为在法定期限内未被发现，不再给予处罚 (APL Art 36)"),
        NO_LONGER_A_VIOLATION("作出处罚决定时的规定不再认为是违法行为 (从旧兼从轻, APL Art 37)");

        private final String text;

        NoPenaltyReason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** One penalty as computed: its range and suggested amount where it carries one. */
    public record AssessedPenalty(PenaltyType type, Range range, BigDecimal suggested, String standard, String explanation) {
    }

    /** APL Art 37: the baselines in force at the act and at the decision, and which was applied. */
    public record Art37Comparison(String actBaselineId, int actVersion, String decisionBaselineId, int decisionVersion,
            boolean decisionTimeApplied, String reason) {
    }

    public boolean complete() {
        return missingBases.isEmpty();
    }
}
