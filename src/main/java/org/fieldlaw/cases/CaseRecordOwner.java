package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.fieldlaw.common.RowLocks;
import org.fieldlaw.records.RecordOwner;
import org.fieldlaw.records.RecordRef;

/** Cases keep their full-process record in the one record; the case row is the lock of its next line. */
@ApplicationScoped
public class CaseRecordOwner implements RecordOwner {

    public static final String KIND = "CASE";

    /** The record of a case, for a line another feature adds to it (a publication, a site's alarm). */
    public static RecordRef of(UUID caseId) {
        return new RecordRef(KIND, caseId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void lock(UUID id) {
        RowLocks.lock("enforcement_case", id);
    }
}
