package org.fieldlaw.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.privacy.PersonalDataColumns;

/** Operations as pushed and answered, and both sides of a conflict: each may carry a party's data. */
@ApplicationScoped
class SyncPersonalData implements PersonalDataColumns {

    @Override
    public List<Sealed> sealed() {
        return List.of(new Sealed("sync_operation", "request"), new Sealed("sync_operation", "response"),
                new Sealed("sync_conflict", "received"), new Sealed("sync_conflict", "server"));
    }
}
