package org.fieldlaw.discretion.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the baseline that applies in a place: its violations, rows and lists, in force
 * from {@code effectiveFrom} until the day before {@code effectiveTo} (open when null).
 */
public record Baseline(String id, AuthorityLevel level, String authorityCode, int version, LocalDate effectiveFrom,
        LocalDate effectiveTo, Map<String, Violation> violations, List<BaselineRow> rows, List<ListEntry> lists) {

    public Baseline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        violations = Map.copyOf(violations);
        rows = List.copyOf(rows);
        lists = List.copyOf(lists);
    }

    public static Map<String, Violation> index(List<Violation> violations) {
        return violations.stream().collect(Collectors.toMap(Violation::code, Function.identity()));
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public Optional<Violation> violation(String code) {
        return Optional.ofNullable(violations.get(code));
    }

    public List<BaselineRow> rowsOf(String violationCode) {
        return rows.stream().filter(r -> r.violationCode().equals(violationCode)).toList();
    }

    public Optional<ListEntry> listEntry(ListKind kind, String violationCode, java.util.Set<String> observed) {
        return lists.stream().filter(e -> e.kind() == kind && e.appliesTo(violationCode, observed)).findFirst();
    }
}
