package org.fieldlaw.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is stable and machine-readable; {@code title} is
 * Chinese then English, because officers read it.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    public final List<Violation> violations;
    private final Map<String, Object> extensions;

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message) {
    }

    Problem(ProblemType type, String detail, String instance, List<Violation> violations, Map<String, Object> extensions) {
        this.type = type.uri();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(typeOf(), detail, path, violations, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    private ProblemType typeOf() {
        return new ProblemType(status, type, title);
    }

    static Problem full(ProblemType type, String detail, List<Violation> violations, Map<String, Object> extensions) {
        return new Problem(type, detail, null, violations, extensions);
    }
}
