package org.fieldlaw.patrols;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The photos and video uploaded for visits, as the evidence feature stores them; only complete files. */
public interface VisitPhotos {

    @RegisterForReflection
    record Photo(UUID evidenceId, String kind, String filename, String mediaType, OffsetDateTime capturedAt, String sha256,
            String contentUrl) {
    }

    Map<UUID, List<Photo>> of(Collection<UUID> visitIds);
}
