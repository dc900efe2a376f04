package org.fieldlaw.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by services for an outcome the caller must see as a problem detail. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " 不存在 (not found)");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, message, List.of(new Problem.Violation(field, message)));
    }

    /** Adds a member to the problem body, e.g. the current state with a 412. */
    public ApiException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Problem toProblem() {
        return Problem.full(type, getMessage(), violations, extensions);
    }

    public ProblemType type() {
        return type;
    }
}
