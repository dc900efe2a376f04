package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.privacy.PersonalDataColumns;

/** The decided-case history is looked up by keyed hash: identifiers from before hashing are hashed and cleared. */
@ApplicationScoped
class HistoryPersonalData implements PersonalDataColumns {

    @Override
    public List<Sealed> sealed() {
        return List.of();
    }

    @Override
    public List<Hashed> hashed() {
        return List.of(new Hashed("decided_case_record", "party_identifier", "party_key"));
    }
}
