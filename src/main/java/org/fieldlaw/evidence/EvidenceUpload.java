package org.fieldlaw.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An upload in progress, and once complete (sha256 set) a file of evidence. It was uploaded for one
 * owner (whose visibility guards it) and may belong to more ({@link EvidenceOwnerLink}).
 */
@Entity
@Table(name = "evidence_upload")
public class EvidenceUpload extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The owner it was uploaded for: its kind, as the owner's feature registered it. */
    @Column(name = "owner_kind", nullable = false)
    public String ownerKind;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    /** The owner's step the file was taken at, e.g. INVESTIGATING for a case. */
    @Column(nullable = false)
    public String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;

    @Column(name = "uploader_id", nullable = false)
    public UUID uploaderId;

    @Column(nullable = false)
    public long length;

    @Column(nullable = false)
    public long received;

    public String filename;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "captured_at")
    public OffsetDateTime capturedAt;

    public Double latitude;

    public Double longitude;

    @Column(name = "accuracy_m")
    public Double accuracyM;

    public String device;

    public String sha256;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean complete() {
        return sha256 != null;
    }

    OwnerRef owner() {
        return new OwnerRef(ownerKind, ownerId);
    }
}
