package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    private final ConsolePages pages;

    ConsoleResource(Caller caller, ConsoleHome home, ConsolePages pages) {
        this.caller = caller;
        this.home = home;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.OFFICER })
    public String home() {
        RegisteredOfficer me = caller.officer();
        return pages.render("home", Map.of("me", new SignedIn(me.name(), me.body().name()), "jurisdiction", home.jurisdictionName(),
                "queues", home.queues()));
    }
}
