package org.fieldlaw.privacy;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import org.fieldlaw.privacy.model.KeyList;
import org.fieldlaw.privacy.model.LookupKeys;
import org.fieldlaw.privacy.model.Sealer;

/**
 * The one place personal data is sealed, opened and hashed for lookup. Made at start, so a service without its keys
 * refuses to start instead of failing on the first party it meets; features never see the keys.
 */
@Startup
@ApplicationScoped
public class PersonalData {

    private final Sealer sealer;
    private final LookupKeys lookups;

    PersonalData(PrivacyConfig config) {
        String keys = config.keys().orElseThrow(() -> missing("fieldlaw.privacy.keys (FIELDLAW_PRIVACY_KEYS)"));
        String active = config.activeKey().orElseThrow(() -> missing("fieldlaw.privacy.active-key (FIELDLAW_PRIVACY_ACTIVE_KEY)"));
        String lookup = config.lookupKey().orElseThrow(() -> missing("fieldlaw.privacy.lookup-key (FIELDLAW_PRIVACY_LOOKUP_KEY)"));
        this.sealer = new Sealer(KeyList.parse(keys), active);
        try {
            this.lookups = new LookupKeys(Base64.getDecoder().decode(lookup.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fieldlaw.privacy.lookup-key: " + e.getMessage().replaceAll("[A-Za-z0-9+/=]{16,}", "…"));
        }
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException(what + " is not set: parties' personal data cannot be stored or read without it"
                + " (README, Production: make the keys with `openssl rand -base64 32`)");
    }

    public String seal(String plain) {
        return sealer.seal(plain);
    }

    public String open(String stored) {
        return sealer.open(stored);
    }

    /** The keyed hash a party's resident ID number or credit code is looked up by. */
    public String lookupKey(String identifier) {
        return lookups.of(identifier);
    }

    /** What every value sealed by the active key starts with: anything else is sealed again. */
    String activeHeader() {
        return sealer.activeHeader();
    }
}
