package org.fieldlaw.discretion.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed between two versions of one authority's baseline, row by row: rows added, rows removed,
 * and rows whose circumstance, tier, penalties or wording changed, each with the fields that changed.
 * Rows are matched by their id, which a bureau keeps from one version to the next.
 */
public final class BaselineDiff {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** One field of a row as it read before and after ("" where the row did not exist). */
    public record Field(String name, String before, String after) {
    }

    public record RowChange(Kind kind, String rowId, String violationCode, List<Field> fields) {
    }

    private BaselineDiff() {
    }

    public static List<RowChange> between(List<BaselineRow> older, List<BaselineRow> newer) {
        Map<String, BaselineRow> before = byId(older);
        Map<String, BaselineRow> after = byId(newer);
        List<RowChange> changes = new ArrayList<>();
        for (String id : union(before, after)) {
            BaselineRow b = before.get(id);
            BaselineRow a = after.get(id);
            if (b == null) {
                changes.add(new RowChange(Kind.ADDED, id, a.violationCode(), fields(null, a, true)));
            } else if (a == null) {
                changes.add(new RowChange(Kind.REMOVED, id, b.violationCode(), fields(b, null, true)));
            } else {
                List<Field> changed = fields(b, a, false);
                if (!changed.isEmpty()) {
                    changes.add(new RowChange(Kind.CHANGED, id, a.violationCode(), changed));
                }
            }
        }
        return changes;
    }

    /** A row's fields as a reader sees them; with {@code all}, every field, otherwise only those that differ. */
    private static List<Field> fields(BaselineRow before, BaselineRow after, boolean all) {
        Map<String, String> b = readable(before);
        Map<String, String> a = readable(after);
        List<Field> fields = new ArrayList<>();
        for (String name : (before == null ? a : b).keySet()) {
            String was = b.getOrDefault(name, "");
            String is = a.getOrDefault(name, "");
            if (all || !was.equals(is)) {
                fields.add(new Field(name, was, is));
            }
        }
        return fields;
    }

    private static Map<String, String> readable(BaselineRow row) {
        Map<String, String> r = new LinkedHashMap<>();
        if (row == null) {
            return r;
        }
        r.put("违法行为", row.violationCode());
        r.put("情形", row.conditions().isEmpty() ? "（无）" : new TreeSet<>(row.conditions()).stream().collect(Collectors.joining("、")));
        r.put("裁量阶次", row.tier().zh());
        r.put("处罚", row.penalties().stream().map(BaselineDiff::penalty).collect(Collectors.joining("；")));
        r.put("说明", Objects.toString(row.description(), ""));
        return r;
    }

    /** The bases bureaus name in their bundles, as a reader knows them. */
    private static final Map<String, String> BASE_NAMES = Map.of("TEMPORARY_CONSTRUCTION_COST", "临时建设工程造价", "CONSTRUCTION_COST", "建设工程造价",
            "ILLEGAL_GAINS", "违法所得");

    private static String penalty(PenaltyItem p) {
        if (!p.type().monetary()) {
            return p.type().zh();
        }
        String person = named(p.forPerson().describe());
        String organisation = named(p.forOrganisation().describe());
        return p.type().zh() + (person.equals(organisation) ? " " + person : " 个人 " + person + "，单位 " + organisation);
    }

    private static String named(String described) {
        String text = described;
        // the longer name first: TEMPORARY_CONSTRUCTION_COST contains CONSTRUCTION_COST
        for (String base : List.of("TEMPORARY_CONSTRUCTION_COST", "CONSTRUCTION_COST", "ILLEGAL_GAINS")) {
            text = text.replace(base, BASE_NAMES.get(base));
        }
        return text;
    }

    private static Map<String, BaselineRow> byId(List<BaselineRow> rows) {
        Map<String, BaselineRow> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.id(), r));
        return map;
    }

    private static java.util.Set<String> union(Map<String, BaselineRow> a, Map<String, BaselineRow> b) {
        java.util.Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids;
    }
}
