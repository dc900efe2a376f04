package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.privacy.PersonalDataColumns;

/** The case's columns holding a party's name, identifier and address, and the create request that carries them. */
@ApplicationScoped
class CasePersonalData implements PersonalDataColumns {

    @Override
    public List<Sealed> sealed() {
        return List.of(new Sealed("enforcement_case", "party_name"), new Sealed("enforcement_case", "party_identifier"),
                new Sealed("enforcement_case", "party_address"), new Sealed("enforcement_case", "create_request"));
    }
}
