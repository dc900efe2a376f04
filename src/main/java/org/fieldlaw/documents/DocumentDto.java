package org.fieldlaw.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldlaw.documents.model.ServiceMethod;

/** What the API shows of issued documents and their service, whoever issued them. */
public final class DocumentDto {

    private DocumentDto() {
    }

    /**
     * An issued document. {@code renderedSha256} is the hash of the PDF as rendered, which the signed file
     * ({@code sha256}) begins with; {@code replacedBy} names the correction that took its place.
     */
    @RegisterForReflection
    public record DocumentView(UUID id, String kind, String subject, String title, String number, String paper, String sha256, long size,
            String renderedSha256, long renderedSize, String signedBy, @JsonProperty("issuedAt") OffsetDateTime issuedAt,
            @JsonProperty("issuedBy") UUID issuedBy, @JsonProperty("issuedByName") String issuedByName, UUID replaces,
            UUID replacedBy, ServiceView service) {

        static DocumentView of(IssuedDocument d, ServiceRecord s) {
            return new DocumentView(d.id, d.kind, d.subject, d.title, d.number, d.paper, d.sha256, d.size, d.renderedSha256, d.renderedSize,
                    d.signedBy, d.issuedAt, d.issuedBy, d.issuedByName, d.replaces, d.replacedBy, s == null ? null : ServiceView.of(s));
        }

        public boolean inForce() {
            return replacedBy == null;
        }
    }

    @RegisterForReflection
    public record ServiceView(UUID id, ServiceMethod method, String methodName, LocalDate servedOn, String recipient, String place, String witness,
            String consentReference, OffsetDateTime recordedAt, UUID recordedBy, String recordedByName) {

        static ServiceView of(ServiceRecord s) {
            return new ServiceView(s.id, s.method, s.method.zh(), s.servedOn, s.recipient, s.place, s.witness, s.consentReference, s.recordedAt,
                    s.recordedBy, s.recordedByName);
        }
    }
}
