package org.fieldlaw.evidence;

import java.util.Objects;
import java.util.UUID;

/** Whom a file of evidence belongs to: a kind of owner a feature registered ({@link EvidenceOwner}) and its id. */
public record OwnerRef(String kind, UUID id) {

    public OwnerRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
