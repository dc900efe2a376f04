package org.fieldlaw.discretion;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.discretion.model.Baseline;
import org.fieldlaw.discretion.model.BaselineLayers;

/**
 * Every landed bundle, in memory, as the engine's model. Lookups read one immutable snapshot, and
 * a reload swaps the whole snapshot at once, so no assessment ever sees half an import.
 */
@ApplicationScoped
public class BaselineIndex {

    /** One landed version of one authority's baseline, in force from its date until the next version's. */
    public record Layer(UUID bundleId, String authorityCode, Baseline baseline) {
    }

    /** The layers in force at one place on one day, and the baseline they compose to. */
    public record Resolved(List<Layer> layers, Baseline baseline) {
    }

    private record Snapshot(Map<String, List<Layer>> byAuthority, Map<String, Baseline> composed, Map<String, Resolved> resolved) {
        Snapshot(Map<String, List<Layer>> byAuthority) {
            this(byAuthority, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /** Places times days asked about; past it the memo is cleared rather than grown. */
    private static final int MAX_RESOLVED = 50_000;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Map.of()));
    private final ObjectMapper mapper;
    private final JurisdictionDirectory directory;

    BaselineIndex(ObjectMapper mapper, JurisdictionDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    @Transactional
    public void reload() {
        List<BaselineBundle> bundles = BaselineBundle.list("order by authorityCode, version");
        Map<String, List<BaselineBundle>> grouped = bundles.stream()
                .collect(Collectors.groupingBy(b -> b.authorityCode, HashMap::new, Collectors.toList()));
        Map<String, List<Layer>> byAuthority = new HashMap<>();
        for (Map.Entry<String, List<BaselineBundle>> entry : grouped.entrySet()) {
            List<BaselineBundle> versions = entry.getValue();
            versions.sort(Comparator.comparingInt(b -> b.version));
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                BaselineBundle b = versions.get(i);
                LocalDate until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom : null;
                layers.add(new Layer(b.id, b.authorityCode, toBaseline(b, until)));
            }
            byAuthority.put(entry.getKey(), List.copyOf(layers));
        }
        snapshot.set(new Snapshot(Map.copyOf(byAuthority)));
        Log.infof("Baseline index: %d bundles of %d authorities", bundles.size(), byAuthority.size());
    }

    private Baseline toBaseline(BaselineBundle bundle, LocalDate until) {
        try {
            BundleDocument doc = mapper.readValue(bundle.payload, BundleDocument.class);
            List<BundleMapper.Fault> faults = new ArrayList<>();
            BundleMapper.Mapped m = BundleMapper.map(doc, faults);
            if (m == null) {
                throw new IllegalStateException("stored bundle " + bundle.id + " no longer maps: " + faults);
            }
            LocalDate end = m.effectiveTo() != null && (until == null || m.effectiveTo().isBefore(until)) ? m.effectiveTo() : until;
            return new Baseline(layerId(m.authorityCode(), m.version()), m.level(), m.authorityCode(), m.version(),
                    m.effectiveFrom(), end, Baseline.index(m.violations()), m.rows(), m.lists());
        } catch (IOException e) {
            throw new IllegalStateException("stored bundle " + bundle.id + " is unreadable", e);
        }
    }

    static String layerId(String authorityCode, int version) {
        return authorityCode + ":v" + version;
    }

    /** The layers in force on {@code day} along the path from the top of the tree down to {@code placeCode}. */
    public List<Layer> layersFor(String placeCode, LocalDate day) {
        return resolve(placeCode, day).map(Resolved::layers).orElse(List.of());
    }

    /** Layers and composed baseline for a place and day, worked out once per snapshot (every assessment asks). */
    public Optional<Resolved> resolve(String placeCode, LocalDate day) {
        Snapshot current = snapshot.get();
        String key = placeCode + "@" + day;
        Resolved known = current.resolved().get(key);
        if (known != null) {
            return Optional.of(known);
        }
        List<Layer> layers = layersIn(current, placeCode, day);
        if (layers.isEmpty()) {
            return Optional.empty();
        }
        String composedKey = layers.stream().map(l -> l.baseline().id()).collect(Collectors.joining("+"));
        Baseline baseline = current.composed().computeIfAbsent(composedKey,
                k -> BaselineLayers.compose(layers.stream().map(Layer::baseline).toList()));
        Resolved resolved = new Resolved(List.copyOf(layers), baseline);
        if (current.resolved().size() >= MAX_RESOLVED) {
            current.resolved().clear();
        }
        current.resolved().put(key, resolved);
        return Optional.of(resolved);
    }

    private List<Layer> layersIn(Snapshot current, String placeCode, LocalDate day) {
        List<Layer> layers = new ArrayList<>();
        for (JurisdictionTree.Node node : directory.tree().pathTo(placeCode)) {
            List<Layer> versions = current.byAuthority().getOrDefault(node.code(), List.of());
            versions.stream().filter(l -> l.baseline().inForceOn(day)).findFirst().ifPresent(layers::add);
        }
        return layers;
    }

    /** The baseline that applies at a place on a day: its county's, composed with the city's and province's. */
    public Optional<Baseline> baselineFor(String placeCode, LocalDate day) {
        return resolve(placeCode, day).map(Resolved::baseline);
    }

    /** Every version of one authority, oldest first. */
    public List<Layer> versionsOf(String authorityCode) {
        return snapshot.get().byAuthority().getOrDefault(authorityCode, List.of());
    }
}
