package org.fieldlaw.inspection.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checklist a case file is scored against (legal basis, procedure, evidence, discretion,
 * documents, deadlines, as configured): each item has a most it can score, and a score names every item.
 */
public record Checklist(List<Item> items) {

    public record Item(String key, String name, int points) {

        public Item {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            if (points < 1) {
                throw new IllegalArgumentException("an item scores at least one point: " + key);
            }
        }
    }

    /** What is wrong with a score, item by item: empty when it may be recorded. */
    public record Scored(Map<String, BigDecimal> points, BigDecimal total, List<String> problems) {
    }

    public Checklist {
        items = List.copyOf(items);
        if (items.isEmpty() || items.stream().map(Item::key).distinct().count() != items.size()) {
            throw new IllegalArgumentException("a checklist has items, each key once");
        }
    }

    public int maximum() {
        return items.stream().mapToInt(Item::points).sum();
    }

    /** Scores given per item key (half points allowed), checked against each item's maximum. */
    public Scored score(Map<String, BigDecimal> given) {
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            BigDecimal p = given.get(item.key());
            if (p == null) {
                problems.add(item.name() + "：未评分 (not scored)");
                continue;
            }
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(item.points())) > 0 || p.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                problems.add(item.name() + "：得分应在 0 至 " + item.points() + " 之间，以 0.5 分为单位 (0 to " + item.points() + ", in halves)");
                continue;
            }
            points.put(item.key(), p);
            total = total.add(p);
        }
        for (String key : given.keySet()) {
            if (items.stream().noneMatch(i -> i.key().equals(key))) {
                problems.add("评查表没有此项 (no such item): " + key);
            }
        }
        return new Scored(points, total, problems);
    }
}
