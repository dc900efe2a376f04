package org.fieldlaw.discretion.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the baseline that applies in a place: its violations, rows and lists, in force
 * from {@code effectiveFrom} until the day before {@code effectiveTo} (open when null). Rows and
 * list entries are indexed by violation, since every lookup asks for one violation.
 */
public final class Baseline {

    private final String id;
    private final AuthorityLevel level;
    private final String authorityCode;
    private final int version;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final Map<String, Violation> violations;
    private final List<BaselineRow> rows;
    private final List<ListEntry> lists;
    private final Map<String, List<BaselineRow>> rowsByViolation;
    private final Map<String, List<ListEntry>> listsByViolation;

    public Baseline(String id, AuthorityLevel level, String authorityCode, int version, LocalDate effectiveFrom,
            LocalDate effectiveTo, Map<String, Violation> violations, List<BaselineRow> rows, List<ListEntry> lists) {
        this.id = Objects.requireNonNull(id, "id");
        this.level = level;
        this.authorityCode = authorityCode;
        this.version = version;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.effectiveTo = effectiveTo;
        this.violations = Map.copyOf(violations);
        this.rows = List.copyOf(rows);
        this.lists = List.copyOf(lists);
        this.rowsByViolation = this.rows.stream().collect(Collectors.groupingBy(BaselineRow::violationCode,
                HashMap::new, Collectors.toUnmodifiableList()));
        this.listsByViolation = this.lists.stream().collect(Collectors.groupingBy(ListEntry::violationCode,
                HashMap::new, Collectors.toUnmodifiableList()));
    }

    public static Map<String, Violation> index(List<Violation> violations) {
        return violations.stream().collect(Collectors.toMap(Violation::code, Function.identity()));
    }

    public String id() {
        return id;
    }

    public AuthorityLevel level() {
        return level;
    }

    public String authorityCode() {
        return authorityCode;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public Map<String, Violation> violations() {
        return violations;
    }

    public List<BaselineRow> rows() {
        return rows;
    }

    public List<ListEntry> lists() {
        return lists;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public Optional<Violation> violation(String code) {
        return Optional.ofNullable(violations.get(code));
    }

    public List<BaselineRow> rowsOf(String violationCode) {
        return rowsByViolation.getOrDefault(violationCode, List.of());
    }

    public List<ListEntry> listsOf(String violationCode) {
        return listsByViolation.getOrDefault(violationCode, List.of());
    }

    public Optional<ListEntry> listEntry(ListKind kind, String violationCode, Set<String> observed) {
        return listsOf(violationCode).stream().filter(e -> e.kind() == kind && e.appliesTo(violationCode, observed)).findFirst();
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
