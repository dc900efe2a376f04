package org.fieldlaw.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordRef;

/** Enters a complete file on a full-process record: enough to find it again and to prove it unchanged. */
@ApplicationScoped
class EvidenceLines {

    private final RecordAppender records;
    private final EvidenceOwners owners;

    EvidenceLines(RecordAppender records, EvidenceOwners owners) {
        this.records = records;
        this.owners = owners;
    }

    void enter(EvidenceUpload u, RecordRef record, Actor by) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("evidenceId", u.id);
        detail.put("sha256", u.sha256);
        detail.put("size", u.length);
        detail.put("kind", u.kind);
        detail.put("step", u.step);
        detail.putAll(owners.of(u.ownerKind).describe(u.ownerId));
        detail.put("filename", u.filename);
        detail.put("capturedAt", u.capturedAt == null ? null : u.capturedAt.toString());
        detail.put("device", u.device);
        records.append(record, by, RecordLine.of(RecordActions.EVIDENCE_ATTACHED, detail).at(u.latitude, u.longitude));
    }
}
