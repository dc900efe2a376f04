package org.fieldlaw.discretion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A violation of a landed bundle, indexed for search by code, name and provision text. */
@Entity
@Table(name = "discretion_violation")
@IdClass(IndexedViolation.Key.class)
public class IndexedViolation extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID bundleId;
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bundleId, k.bundleId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bundleId, code);
        }
    }

    @Id
    @Column(name = "bundle_id")
    public UUID bundleId;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String field;

    @Column(name = "matter_code")
    public String matterCode;

    @Column(name = "breached_provision", nullable = false)
    public String breachedProvision;

    @Column(name = "penalty_provision", nullable = false)
    public String penaltyProvision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_grams", nullable = false, columnDefinition = "text[]")
    public String[] searchGrams;

    @Column(name = "search_text", nullable = false)
    public String searchText;
}
