package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.patrols.model.Observation;

/** One visit to a site (巡查记录): who, when, where, and what was seen. */
@Entity
@Table(name = "site_visit")
public class SiteVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "visit_number", nullable = false)
    public int visitNumber;

    @Column(name = "visited_at", nullable = false)
    public OffsetDateTime visitedAt;

    @Column(name = "officer_id", nullable = false)
    public UUID officerId;

    /** The patrol the visit was made on, when there was one: its officers made the visit. */
    @Column(name = "patrol_id")
    public UUID patrolId;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(name = "accuracy_m")
    public Double accuracyM;

    @Column(nullable = false)
    public String kind;

    public Integer floors;

    @Column(name = "floor_area")
    public BigDecimal floorArea;

    public BigDecimal height;

    @Column(name = "construction_in_progress", nullable = false)
    public boolean constructionInProgress;

    @Column(name = "demolition_in_progress", nullable = false)
    public boolean demolitionInProgress;

    @Column(name = "permit_status", nullable = false)
    public String permitStatus;

    public String notes;

    @Column(name = "request_digest", nullable = false)
    public String requestDigest;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public Observation observation() {
        return new Observation(visitedAt.toInstant(), floors, floorArea, height, constructionInProgress, demolitionInProgress);
    }

    public static List<SiteVisit> ofSite(UUID siteId) {
        return list("siteId = ?1 order by visitedAt, visitNumber", siteId);
    }
}
