package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One GPS fix of a patrol, known by the phone's time of the fix. */
@Entity
@Table(name = "patrol_track_point")
public class TrackPoint extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "patrol_id") UUID patrolId, @Column(name = "recorded_at") OffsetDateTime recordedAt)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(name = "accuracy_m")
    public Double accuracyM;
}
