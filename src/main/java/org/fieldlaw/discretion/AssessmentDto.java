package org.fieldlaw.discretion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment;

/** The assessment request and answer of {@code POST /api/v1/discretion/assessments}. */
public final class AssessmentDto {

    private AssessmentDto() {
    }

    @RegisterForReflection
    public record PartyInput(
            @NotNull @Pattern(regexp = "PERSON|ORGANISATION", message = "应为 PERSON 或 ORGANISATION") String kind,
            @Size(max = 18) String idNumber,
            LocalDate birthDate,
            @Size(max = 18) String creditCode) {
    }

    @RegisterForReflection
    public record AssessmentRequestBody(
            @NotBlank @Size(max = 64) String violationCode,
            @Size(max = 12) String placeCode,
            @NotNull LocalDate actDate,
            LocalDate actEndDate,
            Boolean continuing,
            LocalDate discoveredOn,
            LocalDate decisionDate,
            @NotNull @Valid PartyInput party,
            @Size(max = 50) Set<@NotBlank @Size(max = 64) String> circumstances,
            @Size(max = 20) Map<@NotBlank String, @NotNull @PositiveOrZero BigDecimal> bases) {
    }

    @RegisterForReflection
    public record LayerRef(String authorityCode, int version, LocalDate effectiveFrom) {
    }

    @RegisterForReflection
    public record AssessmentView(String placeCode, List<LayerRef> layers, Assessment assessment) {
    }
}
