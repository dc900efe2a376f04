package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldlaw.agency.model.JurisdictionTree;

/**
 * The jurisdiction tree, read once and kept in memory: every scope check consults it, and it
 * changes only when reference data is loaded.
 */
@ApplicationScoped
public class JurisdictionDirectory {

    private final AtomicReference<JurisdictionTree> tree = new AtomicReference<>();

    public JurisdictionTree tree() {
        JurisdictionTree current = tree.get();
        if (current == null) {
            current = load();
            tree.set(current);
        }
        return current;
    }

    /** Whether {@link #tree()} answers from memory. */
    public boolean loaded() {
        return tree.get() != null;
    }

    public void invalidate() {
        tree.set(null);
    }

    @Transactional
    JurisdictionTree load() {
        List<Jurisdiction> all = Jurisdiction.listAll();
        return new JurisdictionTree(all.stream()
                .map(j -> new JurisdictionTree.Node(j.code, j.name, j.level, j.parentCode))
                .toList());
    }
}
