package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A continued-building alarm (边执法边违建) raised by the service from two visits, waiting in the supervisors' queue. */
@Entity
@Table(name = "site_alarm")
public class SiteAlarm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "earlier_visit_id", nullable = false)
    public UUID earlierVisitId;

    @Column(name = "later_visit_id", nullable = false)
    public UUID laterVisitId;

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
