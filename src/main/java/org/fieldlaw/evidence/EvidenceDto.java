package org.fieldlaw.evidence;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API shows of evidence. */
public final class EvidenceDto {

    private EvidenceDto() {
    }

    @RegisterForReflection
    public record EvidenceView(UUID id, UUID caseId, String step, EvidenceUpload.Kind kind, String filename, String mediaType,
            long length, long received, boolean complete, String sha256, OffsetDateTime capturedAt, Double latitude,
            Double longitude, Double accuracyM, String device, UUID uploaderId, OffsetDateTime completedAt) {

        static EvidenceView of(EvidenceUpload u) {
            return new EvidenceView(u.id, u.caseId, u.step, u.kind, u.filename, u.mediaType, u.length, u.received, u.complete(),
                    u.sha256, u.capturedAt, u.latitude, u.longitude, u.accuracyM, u.device, u.uploaderId, u.completedAt);
        }
    }

    @RegisterForReflection
    public record EvidenceList(List<EvidenceView> items) {
    }
}
