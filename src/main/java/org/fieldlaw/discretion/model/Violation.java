package org.fieldlaw.discretion.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A violation (违法行为) as the law defines it: the provision breached (违法依据), the penalty
 * provision (处罚依据), and the statutory penalties every baseline row must stay within.
 *
 * @param longLimitation harm to life, health or financial security: 5 years of limitation, not 2 (APL Art 36)
 */
public record Violation(String code, String name, String field, String matterCode, String breachedProvision,
        String penaltyProvision, List<PenaltyItem> statutory, boolean longLimitation) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        statutory = List.copyOf(statutory);
        if (statutory.isEmpty()) {
            throw new IllegalArgumentException("violation " + code + " has no statutory penalty");
        }
    }

    public Optional<PenaltyItem> statutoryItem(PenaltyType type) {
        return statutory.stream().filter(i -> i.type() == type).findFirst();
    }
}
