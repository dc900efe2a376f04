package org.fieldlaw.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.security.Roles;

/**
 * The patrol map (the API's roles for hot spots and alarms: supervisors and auditors). The page, the
 * layers of one view as JSON for the map script, and the configured outlines (for every map, the case page's too).
 */
@Path("/console/map")
public class MapResource {

    private final MapPage map;
    private final ConsoleResponses responses;

    MapResource(MapPage map, ConsoleResponses responses) {
        this.map = map;
        this.responses = responses;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("day") String day, @QueryParam("from") String from, @QueryParam("to") String to) {
        return responses.page("map", () -> map.data(day, from, to));
    }

    /** Problems come back as the API's problem details: the script shows their title. */
    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    @Path("layers")
    @Produces(MediaType.APPLICATION_JSON)
    public MapPage.Layers layers(@QueryParam("day") String day, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("bbox") String bbox, @QueryParam("zoom") String zoom) {
        return map.layers(day, from, to, bbox, zoom);
    }

    /** Outlines are drawn under every map, the case page's too: whoever reads a case reads them. */
    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR, Roles.BUREAU_ADMIN })
    @Path("outlines")
    @Produces("application/geo+json")
    public Response outlines() {
        try {
            return Response.ok(map.outlines()).header("Cache-Control", "private, max-age=3600").build();
        } catch (ApiException e) {
            return Response.status(e.type().status()).build();
        }
    }
}
