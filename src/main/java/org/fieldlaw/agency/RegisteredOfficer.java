package org.fieldlaw.agency;

import java.util.UUID;
import org.fieldlaw.records.Actor;

/**
 * An officer as the other modules read them: a snapshot of the register, never changed in place,
 * so it can be kept between requests (the caller's own record, the officers named on a case).
 */
public record RegisteredOfficer(UUID id, String username, String name, boolean active, boolean legalQualification,
        RegisteredBody body) {

    static RegisteredOfficer of(Officer o) {
        return new RegisteredOfficer(o.id, o.username, o.name, o.active, o.legalQualification, RegisteredBody.of(o.body));
    }

    /** The officer as a line of a full-process record names them. */
    public Actor actor() {
        return new Actor(id, name);
    }
}
