package org.fieldlaw.patrols;

import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Officer;

/** Fired inside the conversion's transaction: the visits' evidence now belongs to the case as well. */
public record SiteConverted(UUID siteId, UUID caseId, List<UUID> visitIds, Officer by) {
}
