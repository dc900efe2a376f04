package org.fieldlaw.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A case file in an inspection's sample, and its score once scored. */
@Entity
@Table(name = "inspection_case")
public class InspectedCase extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "inspection_id")
        public UUID inspectionId;

        @Column(name = "case_id")
        public UUID caseId;

        public Key() {
        }

        public Key(UUID inspectionId, UUID caseId) {
            this.inspectionId = inspectionId;
            this.caseId = caseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(inspectionId, k.inspectionId) && Objects.equals(caseId, k.caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspectionId, caseId);
        }
    }

    @EmbeddedId
    public Key key;

    public int position;

    @Column(name = "case_number")
    public String caseNumber;

    /** Points per checklist item, as JSON. */
    public String points;

    public BigDecimal total;

    public String findings;

    @Column(name = "scored_by")
    public UUID scoredBy;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    static List<InspectedCase> of(UUID inspectionId) {
        return list("key.inspectionId = ?1 order by position", inspectionId);
    }
}
