package org.fieldlaw.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A public key a city or county bureau signs its machine-to-machine tokens with. */
@Entity
@Table(name = "bureau_key")
public class BureauKey extends PanacheEntityBase {

    /** The JWS "kid" header that names this key. */
    @Id
    public String kid;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "public_key_pem", nullable = false)
    public String publicKeyPem;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public static List<BureauKey> ofBody(UUID bodyId) {
        return list("bodyId = ?1 order by registeredAt", bodyId);
    }
}
