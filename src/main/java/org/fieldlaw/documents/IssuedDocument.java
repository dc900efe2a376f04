package org.fieldlaw.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A document as issued: frozen once written (a trigger refuses any change but being marked replaced). */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_kind", nullable = false)
    public String ownerKind;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String paper;

    @Column(name = "rendered_sha256", nullable = false)
    public String renderedSha256;

    @Column(name = "rendered_size", nullable = false)
    public long renderedSize;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public long size;

    @Column(name = "signed_by", nullable = false)
    public String signedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    public UUID issuedBy;

    @Column(name = "issued_by_name", nullable = false)
    public String issuedByName;

    public UUID replaces;

    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Column(name = "request_digest", nullable = false)
    public String requestDigest;

    static List<IssuedDocument> ofOwner(UUID ownerId) {
        return list("ownerId = ?1 order by issuedAt, id", ownerId);
    }

    static Optional<IssuedDocument> inForce(UUID ownerId, String kind, String subject) {
        return find("ownerId = ?1 and kind = ?2 and subject = ?3 and replacedBy is null", ownerId, kind, subject).firstResultOptional();
    }

    boolean inForce() {
        return replacedBy == null;
    }
}
