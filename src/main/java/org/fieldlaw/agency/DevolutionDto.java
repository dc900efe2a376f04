package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.model.MatterAuthority;

/** Request and response bodies of devolved matters and the authority lookup. */
public final class DevolutionDto {

    private DevolutionDto() {
    }

    @RegisterForReflection
    public record GrantRequest(
            @NotBlank @Size(max = 64) String matterCode,
            @NotBlank @Size(max = 256) String matterName,
            @NotBlank @Size(max = 64) String field,
            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 256) String legalBasis) {
    }

    @RegisterForReflection
    public record RevocationRequest(@NotNull LocalDate revokedFrom, @NotBlank @Size(max = 256) String basis) {
    }

    @RegisterForReflection
    public record DevolvedMatterView(UUID id, String townCode, String matterCode, String matterName, String field,
            LocalDate effectiveFrom, String legalBasis, LocalDate revokedFrom, String revocationBasis, boolean inForceToday,
            long version) {

        static DevolvedMatterView of(DevolvedMatter m, LocalDate today) {
            return new DevolvedMatterView(m.id, m.townCode, m.matterCode, m.matterName, m.field, m.effectiveFrom,
                    m.legalBasis, m.revokedFrom, m.revocationBasis, m.toDevolution().inForceOn(today), m.version);
        }
    }

    @RegisterForReflection
    public record DevolvedMatterList(String townCode, List<DevolvedMatterView> items) {
    }

    @RegisterForReflection
    public record AuthorityView(UUID bodyId, String bodyName, String matterCode, LocalDate date, boolean allowed,
            MatterAuthority.Reason reason, String reasonZh, String reasonEn, DevolvedMatterView basis) {
    }
}
