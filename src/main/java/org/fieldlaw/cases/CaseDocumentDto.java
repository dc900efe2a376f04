package org.fieldlaw.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.model.ServiceMethod;

/** The API's shapes for a case's documents. */
public final class CaseDocumentDto {

    private CaseDocumentDto() {
    }

    /**
     * Issue a document of {@code kind} (its template name, e.g. penalty-decision) with the id the client chose;
     * {@code paper}: a4 (default), or 80/58 for a portable printer's roll where the kind allows it;
     * {@code replaces}: the document in force that this one corrects; {@code subject}: for a proof of service, the
     * served document it is for.
     */
    @RegisterForReflection
    public record IssueRequest(@NotNull UUID id, @NotBlank @Size(max = 64) String kind, @Size(max = 8) String paper, UUID replaces, UUID subject) {
    }

    /** How the document was served (送达): a witness where it was left at the address, consent for electronic service. */
    @RegisterForReflection
    public record ServiceRequest(@NotNull UUID id, @NotNull ServiceMethod method, @NotNull LocalDate servedOn,
            @NotBlank @Size(max = 200) String recipient, @Size(max = 300) String place, @Size(max = 200) String witness,
            @Size(max = 200) String consentReference) {
    }

    /** An offline service pushed through sync: which document, and how it was served. */
    @RegisterForReflection
    public record ServiceOperation(@NotNull UUID documentId, @NotNull @jakarta.validation.Valid ServiceRequest service) {
    }

    /** A kind the case has reached: whether one is in force, and the papers it prints on ("issued" named explicitly: see DocumentView). */
    @RegisterForReflection
    public record AvailableKind(String kind, String title, @JsonProperty("issued") boolean issued, List<String> papers) {
    }

    @RegisterForReflection
    public record DocumentList(List<AvailableKind> available, @JsonProperty("issued") List<DocumentView> issued) {
    }
}
