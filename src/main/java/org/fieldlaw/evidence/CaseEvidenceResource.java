package org.fieldlaw.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.fieldlaw.evidence.EvidenceDto.EvidenceList;
import org.fieldlaw.evidence.EvidenceDto.EvidenceView;
import org.fieldlaw.security.Roles;

/** The evidence of a case: finished files and uploads still under way. */
@Path("/api/v1/cases/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class CaseEvidenceResource {

    private final EvidenceService evidence;

    CaseEvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public EvidenceList ofCase(@PathParam("id") UUID caseId) {
        return new EvidenceList(evidence.ofCase(caseId).stream().map(EvidenceView::of).toList());
    }
}
