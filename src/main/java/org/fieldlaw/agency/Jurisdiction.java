package org.fieldlaw.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fieldlaw.agency.model.JurisdictionLevel;

/** A node of the jurisdiction tree (省 > 市 > 区/县级市 > 镇/街道). */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JurisdictionLevel level;

    /** e.g. district, county-level city, sub-district, town */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "official_code", nullable = false)
    public boolean officialCode;
}
