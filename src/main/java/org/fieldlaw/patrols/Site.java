package org.fieldlaw.patrols;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.privacy.SealedText;
import org.fieldlaw.common.TrackedEntity;
import org.fieldlaw.patrols.model.GeoPoint;
import org.fieldlaw.patrols.model.PlanningArea;
import org.fieldlaw.patrols.model.SiteStatus;

/** A place where illegal construction is suspected or confirmed; its status moves only as {@link SiteStatus} allows. */
@Entity
@Table(name = "site")
public class Site extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "planning_area", nullable = false)
    public PlanningArea planningArea;

    @Column(name = "villa_area", nullable = false)
    public boolean villaArea;

    public String parcel;

    @Convert(converter = SealedText.class)
    @Column(name = "party_name")
    public String partyName;

    @Convert(converter = SealedText.class)
    @Column(name = "party_identifier")
    public String partyIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SiteStatus status;

    @Column(name = "order_deadline")
    public LocalDate orderDeadline;

    /** The day a stop order was issued, while it stands: orders that follow it do not lift it. */
    @Column(name = "stop_ordered_on")
    public LocalDate stopOrderedOn;

    @Column(name = "next_inspection_due")
    public LocalDate nextInspectionDue;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    /** JSON ring of [longitude, latitude] where the site was drawn as a polygon. */
    public String outline;

    /** The case this site became once confirmed; later alarms go on its record too. */
    @Column(name = "case_id")
    public UUID caseId;

    /** 建设工程造价: the construction cost, the base of the Art 64/65 fine. */
    @Column(name = "construction_cost")
    public BigDecimal constructionCost;

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
