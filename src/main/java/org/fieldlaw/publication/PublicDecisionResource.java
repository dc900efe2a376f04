package org.fieldlaw.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.fieldlaw.common.Params;

/** Published penalty decisions (执法公示), open to everyone, personal data redacted. */
@Path("/public/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDecisionResource {

    private final PublicationService publications;

    PublicDecisionResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @PermitAll
    public PublicDecision.Page list(@QueryParam("place") String place, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return publications.published(place, cursor, limit == null ? 20 : Params.requiredInt("limit", limit, 1, 100));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public PublicDecision one(@PathParam("id") UUID id) {
        return publications.publishedOne(id);
    }
}
