package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alarm the service raised on a site, waiting in the supervisors' queue: continued building seen
 * between two visits (边执法边违建), or a demolition order run out of time (then no visits, the order's deadline).
 */
@Entity
@Table(name = "site_alarm")
public class SiteAlarm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlarmKind kind;

    @Column(name = "earlier_visit_id")
    public UUID earlierVisitId;

    @Column(name = "later_visit_id")
    public UUID laterVisitId;

    @Column(name = "order_deadline")
    public LocalDate orderDeadline;

    /** The signs of progress as a JSON list of sentences. */
    @Column(nullable = false)
    public String signs;

    @Column(name = "proposed_step", nullable = false)
    public String proposedStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlarmStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "acknowledged_by")
    public UUID acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
}
