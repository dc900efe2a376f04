package org.fieldlaw.discretion.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Composes the baseline that applies in a place from the layers above it (province, city,
 * county): a lower layer's row that refines an upper row ({@code parentId}) takes its place, its
 * other rows are added, its violations and list entries join the upper ones. Towns apply their
 * county's composition (docs/domain.md §3).
 */
public final class BaselineLayers {

    private BaselineLayers() {
    }

    /** @param layers from the top (province) down; each one version of one authority, in force on the day */
    public static Baseline compose(List<Baseline> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no baseline layer");
        }
        if (layers.size() == 1) {
            return layers.get(0);
        }
        Map<String, Violation> violations = new HashMap<>();
        Map<String, BaselineRow> rows = new LinkedHashMap<>();
        Set<ListEntry> lists = new LinkedHashSet<>();
        LocalDate from = layers.get(0).effectiveFrom();
        LocalDate to = null;
        for (Baseline layer : layers) {
            violations.putAll(layer.violations());
            for (BaselineRow row : layer.rows()) {
                if (row.parentId() != null) {
                    rows.remove(row.parentId());
                }
                rows.put(row.id(), row);
            }
            lists.addAll(layer.lists());
            from = layer.effectiveFrom().isAfter(from) ? layer.effectiveFrom() : from;
            if (layer.effectiveTo() != null && (to == null || layer.effectiveTo().isBefore(to))) {
                to = layer.effectiveTo();
            }
        }
        Baseline lowest = layers.get(layers.size() - 1);
        String id = layers.stream().map(Baseline::id).collect(Collectors.joining("+"));
        return new Baseline(id, lowest.level(), lowest.authorityCode(), lowest.version(), from, to, violations,
                new ArrayList<>(rows.values()), new ArrayList<>(lists));
    }
}
