package org.fieldlaw.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.privacy.SealedText;
import org.fieldlaw.records.model.RecordChain;

/**
 * One line of a full-process record; never updated, never deleted (the table refuses both). Only
 * this package reads or writes it: features go through {@link RecordAppender} and {@link RecordVerifier}.
 */
@Entity
@Table(name = "record_entry")
public class RecordEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "owner_id") UUID ownerId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "owner_kind", nullable = false)
    public String ownerKind;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public String action;

    /** JSON as it was hashed: the bytes hashed are the bytes kept, sealed at rest (the hash covers the opened text). */
    @Convert(converter = SealedText.class)
    @Column(nullable = false)
    public String detail;

    public Double latitude;

    public Double longitude;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    static List<RecordEntry> of(UUID ownerId) {
        return list("key.ownerId = ?1 order by key.seq", ownerId);
    }

    static RecordEntry last(UUID ownerId) {
        return find("key.ownerId = ?1 order by key.seq desc", ownerId).firstResult();
    }

    RecordChain.Link link() {
        return new RecordChain.Link(key.ownerId(), key.seq(), recordedAt.toInstant(), actorId, actorName, action, detail, latitude,
                longitude, previousHash, hash);
    }
}
