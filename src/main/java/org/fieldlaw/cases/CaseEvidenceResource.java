package org.fieldlaw.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.EvidenceList;
import org.fieldlaw.cases.CaseDto.EvidenceView;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.security.Roles;

/** The evidence of a case: finished files and uploads still under way, its site's visit photos among them. */
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
        return new EvidenceList(evidence.of(CaseEvidenceOwner.KIND, caseId).stream().map(e -> EvidenceView.of(caseId, e)).toList());
    }
}
