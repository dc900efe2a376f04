package org.fieldlaw.cases;

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

/** One line of a case's full-process record (全过程记录); never updated, never deleted. */
@Entity
@Table(name = "case_record_entry")
public class CaseRecordEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

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

    public static List<CaseRecordEntry> ofCase(UUID caseId) {
        return list("key.caseId = ?1 order by key.seq", caseId);
    }
}
