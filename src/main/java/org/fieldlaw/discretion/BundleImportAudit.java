package org.fieldlaw.discretion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt to import a bundle: who, when, which digest, and what came of it. */
@Entity
@Table(name = "bundle_import_audit")
public class BundleImportAudit extends PanacheEntityBase {

    public enum Outcome {
        IMPORTED, DUPLICATE, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "body_id")
    public UUID bodyId;

    public String kid;

    @Column(columnDefinition = "bpchar")
    public String digest;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "bundle_id")
    public UUID bundleId;

    public String detail;

    @Column(nullable = false)
    public OffsetDateTime at;
}
