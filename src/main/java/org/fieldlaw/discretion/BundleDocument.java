package org.fieldlaw.discretion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A baseline bundle as a bureau publishes it (the JWS payload). One bundle is one complete
 * version of one authority's baseline, in force from {@code effectiveFrom} until the next version's
 * date or, where given, until the day before {@code effectiveTo} (a baseline abolished with no
 * successor). Unknown members are ignored, so bureaus may add their own.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleDocument(Authority authority, String baselineName, Integer version, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<ViolationDoc> violations, List<RowDoc> rows, List<ListDoc> lists) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Authority(String level, String code, String name) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ViolationDoc(String code, String name, String field, String matterCode, String breachedProvision,
            String penaltyProvision, Boolean longLimitation, List<PenaltyDoc> statutory) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowDoc(String id, String violationCode, List<String> conditions, String tier, String description,
            String parentId, List<PenaltyDoc> penalties) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListDoc(String kind, String violationCode, List<String> conditions, String description) {
    }

    /** A penalty: {@code standard} for both kinds of party, or {@code person} and {@code organisation}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PenaltyDoc(String type, StandardDoc standard, StandardDoc person, StandardDoc organisation) {
    }

    /**
     * kind FIXED (min, max yuan), PERCENTAGE (base, min, max as fractions: 0.05 is 5%), MULTIPLE
     * (base, min, max times; cap yuan; fallback FIXED range), MAXIMUM (max yuan), NONE (text).
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StandardDoc(String kind, String base, BigDecimal min, BigDecimal max, BigDecimal cap, StandardDoc fallback,
            String text) {
    }
}
