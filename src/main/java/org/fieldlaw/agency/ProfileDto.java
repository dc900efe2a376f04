package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterView;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.JurisdictionLevel;

/** What an officer sees of themselves: {@code GET /api/v1/agency/me}. */
public final class ProfileDto {

    private ProfileDto() {
    }

    @RegisterForReflection
    public record JurisdictionRef(String code, String name, JurisdictionLevel level) {
    }

    @RegisterForReflection
    public record BodyView(UUID id, String name, String casePrefix, BodyKind kind, String jurisdictionCode) {

        static BodyView of(RegisteredBody b) {
            return new BodyView(b.id(), b.name(), b.casePrefix(), b.kind(), b.jurisdictionCode());
        }
    }

    @RegisterForReflection
    public record JurisdictionView(String code, String name, JurisdictionLevel level, List<JurisdictionRef> path) {
    }

    @RegisterForReflection
    public record Profile(UUID id, String username, String name, List<String> roles, boolean legalQualification,
            BodyView body, JurisdictionView jurisdiction, List<CertificateView> certificates,
            List<DevolvedMatterView> devolvedMatters) {
    }
}
