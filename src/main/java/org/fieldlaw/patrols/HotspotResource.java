package org.fieldlaw.patrols;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.fieldlaw.common.Params;
import org.fieldlaw.patrols.model.HotspotGrid;
import org.fieldlaw.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hot spots of new illegal building (GeoJSON) for the supervisors' and the county's map. */
@Tag(name = "违法建设 Sites")
@Path("/api/v1/hotspots")
public class HotspotResource {

    private final HotspotService hotspots;

    HotspotResource(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    /**
     * {@code from}/{@code to}: days of the period (default the last 90 days); {@code cell}: metres
     * (default 500); {@code bbox}: the map's viewport as {@code west,south,east,north}, every cell it touches counted whole (default: everything in my jurisdiction), as
     * a map asks for larger cells when zoomed out and a viewport when zoomed in.
     */
    @GET
    @Operation(operationId = "getHotspots", summary = "热点图 New sites per grid cell and town over a period, as GeoJSON")
    @Produces({ "application/geo+json", "application/json" })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR, Roles.BUREAU_ADMIN })
    public HotspotService.FeatureCollection hotspots(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cell") String cell, @QueryParam("bbox") String bbox) {
        HotspotService.Period period = hotspots.period(from, to);
        int metres = cell == null ? 500 : Params.requiredInt("cell", cell, 50, 20_000);
        return hotspots.hotspots(period.from(), period.to(), metres, viewport(bbox));
    }

    private static HotspotGrid.Bounds viewport(String bbox) {
        Params.Box b = Params.box("bbox", bbox);
        return b == null ? null : new HotspotGrid.Bounds(b.south(), b.west(), b.north(), b.east());
    }
}
