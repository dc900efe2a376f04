package org.fieldlaw.patrols;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.TrackedEntity;

/** A patrol walked by two or more officers; its id is the phone's, so a resend is the same patrol. */
@Entity
@Table(name = "patrol")
public class Patrol extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Column(name = "planned_area")
    public String plannedArea;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patrol_officer", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    @Column(name = "officer_id")
    public List<UUID> officerIds = new ArrayList<>();
}
