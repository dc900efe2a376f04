package org.fieldlaw.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldlaw.privacy.SealedText;

/** An operation a device pushed, by the phone's id, and the answer it got. */
@Entity
@Table(name = "sync_operation")
public class SyncOperation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Column(name = "seq_in_batch", nullable = false)
    public int seqInBatch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationKind kind;

    @Column(name = "target_id")
    public UUID targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SyncDto.Outcome outcome;

    @Column(nullable = false)
    public int status;

    /** The operation as received (JSON): the same id sent with another body is refused. */
    @Convert(converter = SealedText.class)
    @Column(nullable = false)
    public String request;

    /** The result as answered (JSON), replayed when the operation comes again. */
    @Convert(converter = SealedText.class)
    public String response;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
