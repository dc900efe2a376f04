package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.common.ApiException;

/** What the evidence feature needs of a visit: whether the caller may see it, its case, and its site's record. */
@ApplicationScoped
public class VisitEvidence {

    /** The visit's site, and the case the site became (null before conversion). */
    public record Owner(UUID siteId, UUID caseId, boolean closed) {
    }

    private final SiteService sites;
    private final SiteRecord record;

    VisitEvidence(SiteService sites, SiteRecord record) {
        this.sites = sites;
        this.record = record;
    }

    /** Inside a transaction; 404 for a visit the caller may not see. */
    public Owner visible(UUID visitId) {
        SiteVisit v = SiteVisit.findById(visitId);
        if (v == null) {
            throw ApiException.notFound("巡查记录 (visit)", visitId);
        }
        Site site = sites.visible(v.siteId, false);
        return new Owner(site.id, site.caseId, site.status == org.fieldlaw.patrols.model.SiteStatus.CLOSED);
    }

    /** Inside a transaction: the file goes on the site's record (the site row locked for the record's sequence). */
    public void attached(UUID visitId, Officer by, Map<String, ?> detail, Double latitude, Double longitude) {
        SiteVisit v = SiteVisit.findById(visitId);
        Site.findById(v.siteId, LockModeType.PESSIMISTIC_WRITE);
        record.append(v.siteId, by, SiteRecord.EVIDENCE_ATTACHED, detail, latitude, longitude);
    }
}
