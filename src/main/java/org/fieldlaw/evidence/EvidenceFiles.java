package org.fieldlaw.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fieldlaw.cases.AttachedFiles;

/** Lets the case record's verification re-hash evidence without the case feature knowing the store. */
@ApplicationScoped
public class EvidenceFiles implements AttachedFiles {

    private final EvidenceStore store;

    EvidenceFiles(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> rehash(String sha256) {
        return store.rehash(sha256);
    }
}
