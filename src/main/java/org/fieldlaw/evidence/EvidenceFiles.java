package org.fieldlaw.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fieldlaw.records.AttachedFiles;

/** Lets a record's verification re-hash the files its lines name, without the record knowing the store. */
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
