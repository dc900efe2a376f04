package org.fieldlaw.discretion.model;

import java.util.Objects;
import java.util.Set;

/** An entry of a list: the violation, and the circumstances that must all be observed for it to apply. */
public record ListEntry(ListKind kind, String violationCode, Set<String> conditions, String description) {

    public ListEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(violationCode, "violationCode");
        conditions = Set.copyOf(conditions);
    }

    public boolean appliesTo(String code, Set<String> observed) {
        return violationCode.equals(code) && observed.containsAll(conditions);
    }
}
