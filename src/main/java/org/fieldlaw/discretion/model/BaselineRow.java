package org.fieldlaw.discretion.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a baseline: for a violation, under these circumstances (all must be observed), this
 * tier and these penalties. A county row may refine a row of its city or province ({@code parentId}).
 */
public record BaselineRow(String id, String violationCode, Set<String> conditions, Tier tier, List<PenaltyItem> penalties,
        String description, String parentId) {

    public BaselineRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(violationCode, "violationCode");
        Objects.requireNonNull(tier, "tier");
        conditions = Set.copyOf(conditions);
        penalties = List.copyOf(penalties);
        if (tier != Tier.NO_PENALTY && penalties.isEmpty()) {
            throw new IllegalArgumentException("row " + id + " names no penalty");
        }
    }

    public boolean appliesTo(Set<String> observed) {
        return observed.containsAll(conditions);
    }
}
