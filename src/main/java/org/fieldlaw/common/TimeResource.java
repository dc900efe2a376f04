package org.fieldlaw.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The server's clock and legal date: a phone that has been offline checks its own clock against
 * it before stamping evidence and deadlines.
 */
@Path("/api/v1/time")
public class TimeResource {

    @RegisterForReflection
    public record ServerTime(OffsetDateTime now, LocalDate legalDate, String zone) {
    }

    private final Clock clock;

    TimeResource(Clock clock) {
        this.clock = clock;
    }

    /** Reads only the clock: answered on the I/O thread. */
    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "officer", "legal-reviewer", "supervisor", "bureau-admin", "auditor" })
    public ServerTime now() {
        return new ServerTime(OffsetDateTime.now(clock), LocalDate.now(clock), Clocks.LEGAL_ZONE.getId());
    }
}
