package org.fieldlaw.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An upload in progress, and once complete (sha256 set) the evidence item attached to a case step or a site visit. */
@Entity
@Table(name = "evidence_upload")
public class EvidenceUpload extends PanacheEntityBase {

    public enum Kind {
        PHOTO, VIDEO, AUDIO, DOCUMENT
    }

    @Id
    public UUID id;

    /** The case the evidence belongs to; null for a site visit's photo until the site becomes a case. */
    @Column(name = "case_id")
    public UUID caseId;

    /** The site visit a photo or video was taken on, when it was. */
    @Column(name = "site_visit_id")
    public UUID siteVisitId;

    @Column(nullable = false)
    public String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

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

    public static List<EvidenceUpload> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
