package org.fieldlaw.patrols;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldlaw.patrols.SiteDto.AlarmList;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.security.Roles;

/** The supervisors' queue of continued-building alarms (边执法边违建) in their jurisdiction. */
@Tag(name = "违法建设 Sites")
@Path("/api/v1/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {

    private final SiteAlarms alarms;

    AlarmResource(SiteAlarms alarms) {
        this.alarms = alarms;
    }

    @GET
    @Operation(operationId = "listOpenAlarms", summary = "告警队列 Open continued-building alarms for supervisors")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public AlarmList open() {
        return new AlarmList(alarms.open());
    }

    @POST
    @Operation(operationId = "acknowledgeAlarm", summary = "处理告警 Acknowledge an alarm")
    @Path("{id}/acknowledgement")
    @RolesAllowed(Roles.SUPERVISOR)
    public AlarmView acknowledge(@PathParam("id") UUID id) {
        return alarms.acknowledge(id);
    }
}
