package org.fieldlaw.patrols;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.common.TrackedEntity;

/** A supervisor's standing order: this area is patrolled at least every N working days, by these officers. */
@Entity
@Table(name = "patrol_assignment")
public class PatrolAssignment extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Column(name = "area_name", nullable = false)
    public String areaName;

    public String route;

    @Column(name = "every_working_days", nullable = false)
    public int everyWorkingDays;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "assigned_by", nullable = false)
    public UUID assignedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patrol_assignment_officer", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "officer_id")
    public Set<UUID> officerIds = new HashSet<>();
}
