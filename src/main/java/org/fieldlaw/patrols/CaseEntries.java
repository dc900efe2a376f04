package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.CaseRecord;
import org.fieldlaw.cases.CaseService;

/** What happens on a site after it became a case goes on the case's full-process record too. */
@ApplicationScoped
class CaseEntries {

    private final CaseService cases;
    private final CaseRecord record;

    CaseEntries(CaseService cases, CaseRecord record) {
        this.cases = cases;
        this.record = record;
    }

    /** Inside the caller's transaction; locks the case row so the record's sequence has one writer. */
    void append(UUID caseId, Officer actor, String action, Map<String, ?> detail) {
        cases.lockForRecord(caseId);
        record.append(caseId, actor, action, detail, null, null);
    }
}
