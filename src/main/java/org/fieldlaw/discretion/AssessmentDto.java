package org.fieldlaw.discretion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.discretion.model.Assessment;

/** The assessment request and answer of {@code POST /api/v1/discretion/assessments}. */
public final class AssessmentDto {

    private AssessmentDto() {
    }

    @RegisterForReflection
    @Schema(name = "AssessmentPartyInput")
    public record PartyInput(String kind, String idNumber, LocalDate birthDate, String creditCode) {
    }

    /**
     * Checked by hand rather than by bean validation: this is the hottest request of the service,
     * and the checks are few (bench/README.md has the figures).
     */
    @RegisterForReflection
    public record AssessmentRequestBody(String violationCode, String placeCode, LocalDate actDate, LocalDate actEndDate,
            Boolean continuing, LocalDate discoveredOn, LocalDate decisionDate, PartyInput party, Set<String> circumstances,
            Map<String, BigDecimal> bases) {

        void validate() {
            List<Problem.Violation> faults = new ArrayList<>();
            text(faults, "violationCode", violationCode, true, 64);
            text(faults, "placeCode", placeCode, false, 12);
            if (actDate == null) {
                faults.add(new Problem.Violation("actDate", "必填 (required)"));
            }
            if (party == null) {
                faults.add(new Problem.Violation("party", "必填 (required)"));
            } else {
                if (!"PERSON".equals(party.kind()) && !"ORGANISATION".equals(party.kind())) {
                    faults.add(new Problem.Violation("party.kind", "应为 PERSON 或 ORGANISATION"));
                }
                text(faults, "party.idNumber", party.idNumber(), false, 18);
                text(faults, "party.creditCode", party.creditCode(), false, 18);
            }
            if (circumstances != null) {
                if (circumstances.size() > 50) {
                    faults.add(new Problem.Violation("circumstances", "最多 50 项 (at most 50)"));
                }
                for (String c : circumstances) {
                    text(faults, "circumstances", c, true, 64);
                }
            }
            if (bases != null) {
                if (bases.size() > 20) {
                    faults.add(new Problem.Violation("bases", "最多 20 项 (at most 20)"));
                }
                bases.forEach((name, amount) -> {
                    if (amount == null || amount.signum() < 0) {
                        faults.add(new Problem.Violation("bases." + name, "须为零或正数 (zero or more)"));
                    }
                });
            }
            if (!faults.isEmpty()) {
                throw new ApiException(ProblemType.VALIDATION, "评估请求有误 (the assessment request has errors)", faults);
            }
        }

        private static void text(List<Problem.Violation> faults, String field, String value, boolean required, int max) {
            if (value == null || value.isBlank()) {
                if (required) {
                    faults.add(new Problem.Violation(field, "必填 (required)"));
                }
            } else if (value.length() > max) {
                faults.add(new Problem.Violation(field, "超过 " + max + " 个字符 (longer than " + max + ")"));
            }
        }
    }

    @RegisterForReflection
    public record LayerRef(String authorityCode, int version, LocalDate effectiveFrom) {
    }

    @RegisterForReflection
    public record AssessmentView(String placeCode, List<LayerRef> layers, Assessment assessment) {
    }
}
