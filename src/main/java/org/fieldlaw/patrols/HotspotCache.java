package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fieldlaw.patrols.model.HotspotGrid;

/**
 * Hot-spot counts of whole past days, kept in memory. They cannot change: a site's creation time is
 * the server's clock when it is stored, and sites are never deleted nor moved to another place,
 * planning area or villa flag. (An endpoint that edits those must call {@link #clear()}.)
 */
@ApplicationScoped
class HotspotCache {

    record Key(String jurisdiction, LocalDate from, LocalDate through, double cellMetres, HotspotGrid.CellRange cells) {
    }

    private final int capacity;
    private final Map<Key, List<HotspotService.CellCount>> entries;

    HotspotCache(PatrolConfig config) {
        this.capacity = config.hotspotCacheEntries();
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    List<HotspotService.CellCount> get(Key key, Supplier<List<HotspotService.CellCount>> compute) {
        synchronized (entries) {
            List<HotspotService.CellCount> held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        // Computed outside the lock: two misses of one key both compute, and both answers are the same.
        List<HotspotService.CellCount> fresh = List.copyOf(compute.get());
        synchronized (entries) {
            if (capacity > 0) {
                entries.put(key, fresh);
                if (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
        }
        return fresh;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
