package org.fieldlaw.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.RecordView;
import org.fieldlaw.cases.CaseDto.VerificationView;
import org.fieldlaw.security.Roles;

/** The full-process record (全过程记录) of a case, and the proof that it is intact. */
@Path("/api/v1/cases/{id}/record")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRecordResource {

    private final CaseRecordService records;

    CaseRecordResource(CaseRecordService records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public RecordView record(@PathParam("id") UUID id) {
        return records.record(id);
    }

    @POST
    @Path("verification")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public VerificationView verify(@PathParam("id") UUID id) {
        return records.verify(id);
    }
}
