package org.fieldlaw.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fieldlaw.common.TrackedEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.model.CertificateTerms;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An enforcement certificate (行政执法证); its number goes on every document the holder signs. */
@Entity
@Table(name = "enforcement_certificate")
public class EnforcementCertificate extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "officer_id", nullable = false)
    public UUID officerId;

    @Column(nullable = false)
    public String number;

    @Column(name = "issuing_authority", nullable = false)
    public String issuingAuthority;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] fields;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "suspended_from")
    public LocalDate suspendedFrom;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    public CertificateTerms terms() {
        return new CertificateTerms(validFrom, validTo, suspendedFrom, Set.of(fields), areaCode);
    }

    public static List<EnforcementCertificate> ofOfficer(UUID officerId) {
        return list("officerId = ?1 order by validFrom", officerId);
    }
}
