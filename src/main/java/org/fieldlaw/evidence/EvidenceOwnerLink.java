package org.fieldlaw.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A file's place with one of its owners: the one it was uploaded for, and any it was shared with later. */
@Entity
@Table(name = "evidence_owner")
public class EvidenceOwnerLink extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "owner_kind") String ownerKind, @Column(name = "owner_id") UUID ownerId,
            @Column(name = "evidence_id") UUID evidenceId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "linked_at", nullable = false)
    public OffsetDateTime linkedAt;

    static void link(OwnerRef owner, UUID evidenceId, OffsetDateTime at) {
        EvidenceOwnerLink l = new EvidenceOwnerLink();
        l.key = new Key(owner.kind(), owner.id(), evidenceId);
        l.linkedAt = at;
        l.persist();
    }

    static List<EvidenceOwnerLink> ofEvidence(UUID evidenceId) {
        return list("key.evidenceId = ?1 order by linkedAt, key.ownerKind", evidenceId);
    }

    OwnerRef owner() {
        return new OwnerRef(key.ownerKind(), key.ownerId());
    }
}
