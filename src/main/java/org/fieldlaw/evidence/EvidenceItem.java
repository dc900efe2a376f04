package org.fieldlaw.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file of evidence, or an upload still under way, as features show it. */
public record EvidenceItem(UUID id, String step, EvidenceKind kind, String filename, String mediaType, long length, long received,
        boolean complete, String sha256, OffsetDateTime capturedAt, Double latitude, Double longitude, Double accuracyM, String device,
        UUID uploaderId, OffsetDateTime completedAt) {

    /** Where the file's bytes are read. */
    public String contentPath() {
        return "/api/v1/evidence/" + id + "/content";
    }

    static EvidenceItem of(EvidenceUpload u) {
        return new EvidenceItem(u.id, u.step, u.kind, u.filename, u.mediaType, u.length, u.received, u.complete(), u.sha256,
                u.capturedAt, u.latitude, u.longitude, u.accuracyM, u.device, u.uploaderId, u.completedAt);
    }
}
