package org.fieldlaw.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;

/** An enforcement body: a town's comprehensive enforcement office or a county or city bureau. */
@Entity
@Table(name = "enforcement_body")
public class EnforcementBody extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The abbreviation heading its case numbers, e.g. 江蓬白综执. */
    @Column(name = "case_prefix", nullable = false)
    public String casePrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyKind kind;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @Version
    public long version;
}
