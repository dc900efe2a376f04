package org.fieldlaw.evidence;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The owners features registered, by kind and by the upload metadata key that names them. */
@ApplicationScoped
class EvidenceOwners {

    private final Map<String, EvidenceOwner> byKind = new TreeMap<>();
    private final Map<String, EvidenceOwner> byKey = new TreeMap<>();

    EvidenceOwners(@All List<EvidenceOwner> owners) {
        for (EvidenceOwner o : owners) {
            if (byKind.put(o.kind(), o) != null || byKey.put(o.metadataKey(), o) != null) {
                throw new IllegalStateException("two evidence owners of kind " + o.kind() + " or key " + o.metadataKey());
            }
        }
    }

    EvidenceOwner of(String kind) {
        EvidenceOwner owner = byKind.get(kind);
        if (owner == null) {
            throw new IllegalStateException("no evidence owner of kind " + kind + " is registered");
        }
        return owner;
    }

    EvidenceOwner.Owner visible(OwnerRef ref) {
        return of(ref.kind()).visible(ref.id());
    }

    EvidenceOwner.Owner visible(String kind, UUID id) {
        return of(kind).visible(id);
    }

    /** Owners by metadata key, in a stable order (for the message that names them). */
    Map<String, EvidenceOwner> byMetadataKey() {
        return byKey;
    }
}
