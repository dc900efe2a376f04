package org.fieldlaw.discretion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A landed bundle: one version of one authority's baseline, kept as signed. Never changed once stored. */
@Entity
@Table(name = "baseline_bundle")
public class BaselineBundle extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "authority_level", nullable = false)
    public String authorityLevel;

    @Column(name = "authority_code", nullable = false)
    public String authorityCode;

    @Column(name = "baseline_name", nullable = false)
    public String baselineName;

    @Column(nullable = false)
    public int version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false, columnDefinition = "bpchar")
    public String digest;

    @Column(nullable = false)
    public String kid;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(nullable = false)
    public String jws;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
