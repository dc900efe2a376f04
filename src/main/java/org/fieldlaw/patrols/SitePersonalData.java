package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.privacy.PersonalDataColumns;

/** The site's columns naming the party building there. */
@ApplicationScoped
class SitePersonalData implements PersonalDataColumns {

    @Override
    public List<Sealed> sealed() {
        return List.of(new Sealed("site", "party_name"), new Sealed("site", "party_identifier"));
    }
}
