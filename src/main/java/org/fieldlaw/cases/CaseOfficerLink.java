package org.fieldlaw.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** An officer taking part in a case (APL Art 42), and whether as an investigator. */
@Entity
@Table(name = "case_officer")
public class CaseOfficerLink extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId, @Column(name = "officer_id") UUID officerId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public boolean investigator;

    @Column(nullable = false)
    public int position;

    public static List<CaseOfficerLink> ofCase(UUID caseId) {
        return list("key.caseId = ?1 order by position", caseId);
    }
}
