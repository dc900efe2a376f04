package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.cases.CaseEvidenceOwner;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.evidence.EvidenceOwner;
import org.fieldlaw.evidence.OwnerRef;
import org.fieldlaw.patrols.model.SiteStatus;

/**
 * Photos and video taken on a site visit: uploads name the visit by visitId, the file goes on the
 * site's record, and once the site is a case the file is that case's evidence too.
 */
@ApplicationScoped
public class VisitEvidenceOwner implements EvidenceOwner {

    public static final String KIND = "SITE_VISIT";

    /** The step every visit photo is taken at, before or after its site became a case. */
    static final String STEP = "SITE_VISIT";

    private final SiteService sites;

    VisitEvidenceOwner(SiteService sites) {
        this.sites = sites;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String metadataKey() {
        return "visitId";
    }

    @Override
    public Owner visible(UUID visitId) {
        SiteVisit v = SiteVisit.findById(visitId);
        if (v == null) {
            throw ApiException.notFound("巡查记录 (visit)", visitId);
        }
        Site site = sites.visible(v.siteId, false);
        List<OwnerRef> sharedWith = site.caseId == null ? List.of() : List.of(new OwnerRef(CaseEvidenceOwner.KIND, site.caseId));
        return new Owner(SiteRecordOwner.of(site.id), site.status != SiteStatus.CLOSED, STEP, Set.of(), sharedWith);
    }

    @Override
    public Map<String, ?> describe(UUID visitId) {
        return Map.of("siteVisitId", visitId);
    }
}
