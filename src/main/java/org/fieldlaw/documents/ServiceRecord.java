package org.fieldlaw.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.documents.model.ServiceMethod;

/** How, when and to whom an issued document was served (送达); kept as recorded, never changed. */
@Entity
@Table(name = "document_service")
public class ServiceRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceMethod method;

    @Column(name = "served_on", nullable = false)
    public LocalDate servedOn;

    @Column(nullable = false)
    public String recipient;

    public String place;

    public String witness;

    @Column(name = "consent_reference")
    public String consentReference;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "request_digest", nullable = false)
    public String requestDigest;

    static List<ServiceRecord> ofDocuments(Collection<UUID> documentIds) {
        return documentIds.isEmpty() ? List.of() : list("documentId in ?1", documentIds);
    }
}
