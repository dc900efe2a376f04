package org.fieldlaw.agency;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.model.CertificateStatus;

/** Request and response bodies of the officer register. */
public final class OfficerDto {

    private OfficerDto() {
    }

    @RegisterForReflection
    public record OfficerRequest(
            @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "只能包含字母、数字和 . _ @ - (letters, digits, . _ @ - only)") String username,
            @NotBlank @Size(max = 64) String name,
            @NotNull UUID bodyId,
            Boolean legalQualification,
            Boolean active) {
    }

    @RegisterForReflection
    public record CertificateRequest(
            @NotBlank @Size(max = 32) String number,
            @NotBlank @Size(max = 128) @JsonProperty("issuingAuthority") String issuingAuthority,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> fields,
            @NotBlank String areaCode,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo) {
    }

    @RegisterForReflection
    public record SuspensionRequest(@NotNull LocalDate from, @NotBlank @Size(max = 500) String reason) {
    }

    @RegisterForReflection
    public record BodyRef(UUID id, String name, String jurisdictionCode) {
    }

    @RegisterForReflection
    public record OfficerView(UUID id, String username, String name, BodyRef body, boolean legalQualification,
            boolean active, long version) {

        static OfficerView of(Officer o) {
            return new OfficerView(o.id, o.username, o.name,
                    new BodyRef(o.body.id, o.body.name, o.body.jurisdictionCode),
                    o.legalQualification, o.active, o.version);
        }
    }

    /** Named explicitly: Jackson also read "issuingAuthority()" as the is-getter of a second property, "suingAuthority". */
    @RegisterForReflection
    public record CertificateView(UUID id, UUID officerId, String number, @JsonProperty("issuingAuthority") String issuingAuthority,
            List<String> fields,
            String areaCode, LocalDate validFrom, LocalDate validTo, LocalDate suspendedFrom, String suspensionReason,
            LocalDate statusDate, CertificateStatus status, String statusName, long version) {

        static CertificateView of(EnforcementCertificate c, LocalDate on) {
            CertificateStatus status = c.terms().statusOn(on);
            return new CertificateView(c.id, c.officerId, c.number, c.issuingAuthority, List.of(c.fields), c.areaCode,
                    c.validFrom, c.validTo, c.suspendedFrom, c.suspensionReason, on, status, status.zh(), c.version);
        }
    }

    @RegisterForReflection
    public record OfficerList(List<OfficerView> items) {
    }

    @RegisterForReflection
    public record CertificateList(List<CertificateView> items) {
    }

}
