package org.fieldlaw.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldlaw.common.TrackedEntity;

/** A decided penalty on its way to the public, published, or taken down. */
@Entity
@Table(name = "publication")
public class Publication extends TrackedEntity {

    public enum Status {
        PENDING, PUBLISHED, WITHDRAWN
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The public text as published: redacted, frozen. */
    public String content;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public UUID publishedBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "withdrawal_due")
    public LocalDate withdrawalDue;
}
