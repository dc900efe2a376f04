package org.fieldlaw.records;

import java.util.Objects;
import java.util.UUID;

/** Whose record a line goes on: a kind of owner that a feature registered ({@link RecordOwner}) and the owner's id. */
public record RecordRef(String kind, UUID id) {

    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
