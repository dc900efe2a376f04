package org.fieldlaw.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A phone an officer syncs from, known by the phone's own id. */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "officer_id", nullable = false)
    public UUID officerId;

    @Column(nullable = false)
    public String name;

    public String platform;

    @Column(name = "app_version")
    public String appVersion;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;
}
