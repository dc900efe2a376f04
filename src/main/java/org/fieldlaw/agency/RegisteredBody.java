package org.fieldlaw.agency;

import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;

/** An enforcement body as the other modules read it: a snapshot of the register, never changed in place. */
public record RegisteredBody(UUID id, String name, String casePrefix, BodyKind kind, String jurisdictionCode) {

    static RegisteredBody of(EnforcementBody b) {
        return new RegisteredBody(b.id, b.name, b.casePrefix, b.kind, b.jurisdictionCode);
    }
}
