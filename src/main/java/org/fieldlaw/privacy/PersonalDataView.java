package org.fieldlaw.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One reveal of a party's personal data: who, when, of which owner (a case, a site), which fields, and why. Never changed. */
@Entity
@Table(name = "personal_data_view")
public class PersonalDataView extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "viewed_at", nullable = false)
    public OffsetDateTime viewedAt;

    @Column(name = "viewer_id")
    public UUID viewerId;

    @Column(name = "viewer_name", nullable = false)
    public String viewerName;

    @Column(name = "owner_kind", nullable = false)
    public String ownerKind;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "place_code", nullable = false)
    public String placeCode;

    @Column(name = "party_key")
    public String partyKey;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] fields;

    public String reason;
}
