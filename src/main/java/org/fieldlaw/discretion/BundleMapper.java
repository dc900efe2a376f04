package org.fieldlaw.discretion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldlaw.discretion.BundleDocument.ListDoc;
import org.fieldlaw.discretion.BundleDocument.PenaltyDoc;
import org.fieldlaw.discretion.BundleDocument.RowDoc;
import org.fieldlaw.discretion.BundleDocument.StandardDoc;
import org.fieldlaw.discretion.BundleDocument.ViolationDoc;
import org.fieldlaw.discretion.model.AuthorityLevel;
import org.fieldlaw.discretion.model.BaselineRow;
import org.fieldlaw.discretion.model.FixedRange;
import org.fieldlaw.discretion.model.ListEntry;
import org.fieldlaw.discretion.model.ListKind;
import org.fieldlaw.discretion.model.MaximumOnly;
import org.fieldlaw.discretion.model.MultipleOfBase;
import org.fieldlaw.discretion.model.NonMonetary;
import org.fieldlaw.discretion.model.PenaltyItem;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.PercentageOfBase;
import org.fieldlaw.discretion.model.Range;
import org.fieldlaw.discretion.model.Standard;
import org.fieldlaw.discretion.model.Tier;
import org.fieldlaw.discretion.model.Violation;

/**
 * Turns a bundle document into the engine's model, collecting every fault with its place in the
 * document ({@code rows[3].penalties[0].standard.max}) instead of stopping at the first.
 */
public final class BundleMapper {

    public record Fault(String path, String message) {
    }

    public record Mapped(AuthorityLevel level, String authorityCode, String baselineName, int version, LocalDate effectiveFrom,
            LocalDate effectiveTo, List<Violation> violations, List<BaselineRow> rows, List<ListEntry> lists) {
    }

    private final List<Fault> faults = new ArrayList<>();

    public static Mapped map(BundleDocument doc, List<Fault> faults) {
        BundleMapper mapper = new BundleMapper();
        Mapped mapped = mapper.mapDocument(doc);
        faults.addAll(mapper.faults);
        return mapper.faults.isEmpty() ? mapped : null;
    }

    private Mapped mapDocument(BundleDocument doc) {
        AuthorityLevel level = null;
        String code = null;
        if (doc.authority() == null) {
            fault("authority", "必填 (required)");
        } else {
            level = parse(AuthorityLevel.class, doc.authority().level(), "authority.level");
            code = required(doc.authority().code(), "authority.code");
        }
        String name = required(doc.baselineName(), "baselineName");
        if (doc.version() == null || doc.version() < 1) {
            fault("version", "须为正整数 (a positive whole number)");
        }
        if (doc.effectiveFrom() == null) {
            fault("effectiveFrom", "必填 (required)");
        } else if (doc.effectiveTo() != null && !doc.effectiveTo().isAfter(doc.effectiveFrom())) {
            fault("effectiveTo", "须晚于施行日期 (must come after effectiveFrom)");
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<ViolationDoc> violationDocs = doc.violations() == null ? List.of() : doc.violations();
        for (int i = 0; i < violationDocs.size(); i++) {
            Violation v = violation(violationDocs.get(i), "violations[" + i + "]");
            if (v != null && !codes.add(v.code())) {
                fault("violations[" + i + "].code", "违法行为编码重复 (duplicate code) " + v.code());
            } else if (v != null) {
                violations.add(v);
            }
        }
        List<BaselineRow> rows = new ArrayList<>();
        Set<String> rowIds = new HashSet<>();
        List<RowDoc> rowDocs = doc.rows() == null ? List.of() : doc.rows();
        for (int i = 0; i < rowDocs.size(); i++) {
            BaselineRow row = row(rowDocs.get(i), "rows[" + i + "]");
            if (row != null && !rowIds.add(row.id())) {
                fault("rows[" + i + "].id", "条目编号重复 (duplicate row id) " + row.id());
            } else if (row != null) {
                rows.add(row);
            }
        }
        List<ListEntry> lists = new ArrayList<>();
        List<ListDoc> listDocs = doc.lists() == null ? List.of() : doc.lists();
        for (int i = 0; i < listDocs.size(); i++) {
            ListDoc l = listDocs.get(i);
            String path = "lists[" + i + "]";
            ListKind kind = parse(ListKind.class, l.kind(), path + ".kind");
            String violation = required(l.violationCode(), path + ".violationCode");
            if (kind != null && violation != null) {
                lists.add(new ListEntry(kind, violation, conditions(l.conditions()), l.description() == null ? "" : l.description()));
            }
        }
        return new Mapped(level, code, name, doc.version() == null ? 0 : doc.version(), doc.effectiveFrom(), doc.effectiveTo(),
                violations, rows, lists);
    }

    private Violation violation(ViolationDoc v, String path) {
        String code = limited(required(v.code(), path + ".code"), 64, path + ".code");
        String name = limited(required(v.name(), path + ".name"), 256, path + ".name");
        String field = limited(required(v.field(), path + ".field"), 64, path + ".field");
        limited(v.matterCode(), 64, path + ".matterCode");
        String breached = required(v.breachedProvision(), path + ".breachedProvision");
        String penalty = required(v.penaltyProvision(), path + ".penaltyProvision");
        List<PenaltyItem> statutory = penalties(v.statutory(), path + ".statutory");
        if (statutory.isEmpty()) {
            fault(path + ".statutory", "须列出法定处罚 (the statutory penalties are required)");
        }
        if (code == null || name == null || field == null || breached == null || penalty == null || statutory.isEmpty()) {
            return null;
        }
        return new Violation(code, name, field, v.matterCode(), breached, penalty, statutory, Boolean.TRUE.equals(v.longLimitation()));
    }

    private BaselineRow row(RowDoc r, String path) {
        String id = required(r.id(), path + ".id");
        String violation = required(r.violationCode(), path + ".violationCode");
        Tier tier = parse(Tier.class, r.tier(), path + ".tier");
        List<PenaltyItem> penalties = penalties(r.penalties(), path + ".penalties");
        if (tier != null && tier != Tier.NO_PENALTY && penalties.isEmpty()) {
            fault(path + ".penalties", "须列出处罚 (penalties are required)");
            return null;
        }
        if (id == null || violation == null || tier == null) {
            return null;
        }
        return new BaselineRow(id, violation, conditions(r.conditions()), tier, penalties,
                r.description() == null ? "" : r.description(), r.parentId());
    }

    private List<PenaltyItem> penalties(List<PenaltyDoc> docs, String path) {
        List<PenaltyItem> items = new ArrayList<>();
        if (docs == null) {
            return items;
        }
        for (int i = 0; i < docs.size(); i++) {
            PenaltyDoc p = docs.get(i);
            String at = path + "[" + i + "]";
            PenaltyType type = parse(PenaltyType.class, p.type(), at + ".type");
            if (type == null) {
                continue;
            }
            Standard person;
            Standard organisation;
            if (p.standard() != null) {
                person = standard(p.standard(), at + ".standard", type);
                organisation = person;
            } else if (!type.monetary() && p.person() == null && p.organisation() == null) {
                person = new NonMonetary(type.zh());
                organisation = person;
            } else {
                person = p.person() == null ? missing(at + ".person") : standard(p.person(), at + ".person", type);
                organisation = p.organisation() == null ? missing(at + ".organisation") : standard(p.organisation(), at + ".organisation", type);
            }
            if (person != null && organisation != null) {
                try {
                    items.add(new PenaltyItem(type, person, organisation));
                } catch (IllegalArgumentException e) {
                    fault(at, e.getMessage());
                }
            }
        }
        return items;
    }

    private Standard missing(String path) {
        fault(path, "必填 (required)");
        return null;
    }

    private Standard standard(StandardDoc s, String path, PenaltyType type) {
        String kind = s.kind() == null ? null : s.kind().toUpperCase(Locale.ROOT);
        if (!type.monetary() && !"NONE".equals(kind)) {
            fault(path + ".kind", type + " 不带金额，标准须为 NONE (carries no amount: kind NONE)");
            return null;
        }
        try {
            if (kind == null) {
                fault(path + ".kind", "必填：FIXED, PERCENTAGE, MULTIPLE, MAXIMUM 或 NONE");
                return null;
            }
            switch (kind) {
                case "FIXED":
                    return new FixedRange(new Range(need(s.min(), path + ".min"), need(s.max(), path + ".max")));
                case "PERCENTAGE":
                    return new PercentageOfBase(s.base(), need(s.min(), path + ".min"), need(s.max(), path + ".max"));
                case "MULTIPLE":
                    Range fallback = null;
                    if (s.fallback() != null) {
                        fallback = new Range(need(s.fallback().min(), path + ".fallback.min"), need(s.fallback().max(), path + ".fallback.max"));
                    }
                    return new MultipleOfBase(s.base(), need(s.min(), path + ".min"), need(s.max(), path + ".max"), s.cap(), fallback);
                case "MAXIMUM":
                    return new MaximumOnly(need(s.max(), path + ".max"));
                case "NONE":
                    return new NonMonetary(s.text() == null ? type.zh() : s.text());
                default:
                    fault(path + ".kind", "未知的标准种类 (unknown kind) " + s.kind());
                    return null;
            }
        } catch (MissingValue e) {
            return null;
        } catch (IllegalArgumentException e) {
            fault(path, e.getMessage());
            return null;
        }
    }

    private static final class MissingValue extends RuntimeException {
        MissingValue() {
            super(null, null, false, false);
        }
    }

    private BigDecimal need(BigDecimal value, String path) {
        if (value == null) {
            fault(path, "必填 (required)");
            throw new MissingValue();
        }
        return value;
    }

    private static Set<String> conditions(List<String> conditions) {
        return conditions == null ? Set.of() : Set.copyOf(conditions);
    }

    private String limited(String value, int max, String path) {
        if (value != null && value.length() > max) {
            fault(path, "超过 " + max + " 个字符 (longer than " + max + " characters)");
            return null;
        }
        return value;
    }

    private String required(String value, String path) {
        if (value == null || value.isBlank()) {
            fault(path, "必填 (required)");
            return null;
        }
        return value.trim();
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
        if (value == null || value.isBlank()) {
            fault(path, "必填 (required)");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fault(path, "未知的取值 (unknown value) " + value);
            return null;
        }
    }

    private void fault(String path, String message) {
        faults.add(new Fault(path, message));
    }
}
