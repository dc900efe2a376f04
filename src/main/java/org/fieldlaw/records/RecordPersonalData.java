package org.fieldlaw.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.privacy.PersonalDataColumns;

/** A record line's detail: an edit records the party before and after. */
@ApplicationScoped
class RecordPersonalData implements PersonalDataColumns {

    @Override
    public List<Sealed> sealed() {
        return List.of(new Sealed("record_entry", "detail"));
    }
}
