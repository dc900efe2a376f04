package org.fieldlaw.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fieldlaw.common.TrackedEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.model.Devolution;

/** A matter devolved to a town (赋权事项), with its start date and, once taken back, its end. */
@Entity
@Table(name = "devolved_matter")
public class DevolvedMatter extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "matter_code", nullable = false)
    public String matterCode;

    @Column(name = "matter_name", nullable = false)
    public String matterName;

    @Column(nullable = false)
    public String field;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "revoked_from")
    public LocalDate revokedFrom;

    @Column(name = "revocation_basis")
    public String revocationBasis;

    public Devolution toDevolution() {
        return new Devolution(townCode, matterCode, effectiveFrom, revokedFrom);
    }

    public static List<DevolvedMatter> ofTown(String townCode) {
        return list("townCode = ?1 order by matterCode, effectiveFrom", townCode);
    }

    public static List<DevolvedMatter> ofTownAndMatter(String townCode, String matterCode) {
        return list("townCode = ?1 and matterCode = ?2 order by effectiveFrom", townCode, matterCode);
    }
}
