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

/** A pushed change that met a newer server version: both sides kept until an officer or supervisor resolves it. */
@Entity
@Table(name = "sync_conflict")
public class SyncConflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "operation_id", nullable = false)
    public UUID operationId;

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Column(name = "officer_id", nullable = false)
    public UUID officerId;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationKind kind;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "server_version")
    public Long serverVersion;

    @Convert(converter = SealedText.class)
    @Column(nullable = false)
    public String received;

    @Convert(converter = SealedText.class)
    public String server;

    @Column(nullable = false)
    public String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "resolved_by")
    public UUID resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public String resolution;
}
