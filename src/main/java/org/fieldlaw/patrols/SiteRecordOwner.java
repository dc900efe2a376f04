package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.fieldlaw.common.RowLocks;
import org.fieldlaw.records.RecordOwner;
import org.fieldlaw.records.RecordRef;

/** Sites keep their full-process record in the one record; the site row is the lock of its next line. */
@ApplicationScoped
public class SiteRecordOwner implements RecordOwner {

    public static final String KIND = "SITE";

    public static RecordRef of(UUID siteId) {
        return new RecordRef(KIND, siteId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void lock(UUID id) {
        RowLocks.lock("site", id);
    }
}
