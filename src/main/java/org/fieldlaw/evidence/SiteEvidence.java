package org.fieldlaw.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.cases.CaseRecord;
import org.fieldlaw.cases.CaseRecordService;
import org.fieldlaw.patrols.SiteConverted;
import org.fieldlaw.patrols.VisitPhotos;

/** Photos and video of site visits: listed with the visits, and carried into the case a site becomes. */
@ApplicationScoped
public class SiteEvidence implements VisitPhotos {

    private final CaseRecord record;

    SiteEvidence(CaseRecord record) {
        this.record = record;
    }

    @Override
    public Map<UUID, List<Photo>> of(Collection<UUID> visitIds) {
        Map<UUID, List<Photo>> photos = new LinkedHashMap<>();
        if (visitIds.isEmpty()) {
            return photos;
        }
        List<EvidenceUpload> found = EvidenceUpload.list("siteVisitId in ?1 and sha256 is not null order by capturedAt, createdAt, id",
                visitIds);
        for (EvidenceUpload u : found) {
            photos.computeIfAbsent(u.siteVisitId, k -> new java.util.ArrayList<>()).add(new Photo(u.id, u.kind.name(), u.filename,
                    u.mediaType, u.capturedAt, u.sha256, "/api/v1/evidence/" + u.id + "/content"));
        }
        return photos;
    }

    /** Inside the conversion's transaction: the visits' files become the case's evidence, each on its record. */
    void onConverted(@Observes SiteConverted converted) {
        List<EvidenceUpload> files = EvidenceUpload.list("siteVisitId in ?1 and caseId is null order by createdAt, id", converted.visitIds());
        for (EvidenceUpload u : files) {
            u.caseId = converted.caseId();
            if (u.complete()) {
                record.append(converted.caseId(), converted.by(), CaseRecordService.EVIDENCE_ATTACHED, UploadService.recordDetail(u),
                        u.latitude, u.longitude);
            }
        }
    }
}
