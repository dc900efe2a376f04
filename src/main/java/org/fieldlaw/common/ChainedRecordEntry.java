package org.fieldlaw.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a full-process record (全过程记录) of a case or a site: never updated, never deleted,
 * each line carrying the hash of the one before it.
 */
@MappedSuperclass
public abstract class ChainedRecordEntry extends PanacheEntityBase {

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public String action;

    /** JSON, stored as sent to the hash so the bytes hashed are the bytes kept. */
    @Column(nullable = false)
    public String detail;

    public Double latitude;

    public Double longitude;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
