package org.fieldlaw.publication;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.Params;
import org.fieldlaw.security.Roles;

/** The publication queue of the caller's jurisdiction, for the supervisors who publish. */
@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    @RegisterForReflection
    public record QueueItem(UUID caseId, Publication.Status status, LocalDate decidedOn, LocalDate dueOn, OffsetDateTime publishedAt,
            OffsetDateTime withdrawnAt, String withdrawalReason, LocalDate withdrawalDue) {

        static QueueItem of(Publication p) {
            return new QueueItem(p.caseId, p.status, p.decidedOn, p.dueOn, p.publishedAt, p.withdrawnAt, p.withdrawalReason,
                    p.withdrawalDue);
        }
    }

    @RegisterForReflection
    public record Queue(List<QueueItem> items) {
    }

    private final PublicationService publications;

    PublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    /** {@code status=PENDING|PUBLISHED|WITHDRAWN}; {@code overdue=true}: pending past the 7-working-day limit. */
    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Queue queue(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue) {
        return new Queue(publications.queue(Params.enumValue("status", status, Publication.Status.class), overdue).stream().map(QueueItem::of).toList());
    }

    @POST
    @Path("{caseId}/publish")
    @RolesAllowed(Roles.SUPERVISOR)
    public QueueItem publish(@PathParam("caseId") UUID caseId) {
        return QueueItem.of(publications.publish(caseId));
    }
}
