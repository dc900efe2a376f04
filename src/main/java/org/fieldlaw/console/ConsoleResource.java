package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.security.Roles;

/**
 * The supervisors' console (监督端), served by the service itself and signed in through the city's
 * provider (the {@code console} OIDC tenant). Pages call the same services and gates the API does.
 */
@Path("/console")
public class ConsoleResource {

    /** Who is signed in, as the page header shows it. */
    @RegisterForReflection
    public record SignedIn(String name, String body) {
    }

    private final Caller caller;
    private final ConsoleHome home;
    private final CaseListPage caseList;
    private final ConsolePages pages;

    ConsoleResource(Caller caller, ConsoleHome home, CaseListPage caseList, ConsolePages pages) {
        this.caller = caller;
        this.home = home;
        this.caseList = caseList;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.OFFICER })
    public String home() {
        RegisteredOfficer me = caller.officer();
        return pages.render("home", Map.of("me", signedIn(me), "jurisdiction", home.jurisdictionName(), "queues", home.queues()));
    }

    /** The cases a home-page queue counts, as the API's case search finds them for the caller (the same roles read it). */
    @GET
    @Path("cases")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public String cases(@QueryParam("queue") String queue, @QueryParam("cursor") String cursor) {
        Map<String, Object> data = new HashMap<>(caseList.data(queue, cursor));
        data.put("me", signedIn(caller.officer()));
        return pages.render("cases", data);
    }

    private static SignedIn signedIn(RegisteredOfficer me) {
        return new SignedIn(me.name(), me.body().name());
    }
}
