package org.fieldlaw.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.fieldlaw.common.ApiException;

/** The public's page of published penalty decisions (执法公示), redacted, with no sign-in. */
@Path("/public/decisions")
public class PublicPagesResource {

    private final PublicationPage publications;
    private final ConsolePages pages;

    PublicPagesResource(PublicationPage publications, ConsolePages pages) {
        this.publications = publications;
        this.pages = pages;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response decisions(@QueryParam("cursor") String cursor) {
        try {
            return Response.ok(pages.render("public-decisions", publications.published(cursor))).build();
        } catch (ApiException e) {
            Map<String, Object> data = new HashMap<>(Map.of("items", java.util.List.of(), "next", ""));
            data.put("problem", e.getMessage());
            return Response.status(e.type().status()).entity(pages.render("public-decisions", data)).build();
        }
    }
}
