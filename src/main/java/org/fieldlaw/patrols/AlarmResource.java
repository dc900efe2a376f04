package org.fieldlaw.patrols;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.fieldlaw.patrols.SiteDto.AlarmList;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.security.Roles;

/** The supervisors' queue of continued-building alarms (边执法边违建) in their jurisdiction. */
@Path("/api/v1/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {

    private final SiteService sites;

    AlarmResource(SiteService sites) {
        this.sites = sites;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public AlarmList open() {
        return new AlarmList(sites.openAlarms());
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Roles.SUPERVISOR)
    public AlarmView acknowledge(@PathParam("id") UUID id) {
        return sites.acknowledge(id);
    }
}
