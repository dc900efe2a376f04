package org.fieldlaw.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.EventKind;
import org.fieldlaw.cases.CaseDto.EventRequest;
import org.fieldlaw.cases.CaseDto.TransitionRequest;
import org.fieldlaw.cases.CaseEvents;
import org.fieldlaw.cases.CaseTransitions;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;

/**
 * The case page's forms, read into the API's own requests and sent to the same services, so a step
 * the API would refuse is refused here with the same reasons. The page offers a supervisor's and a
 * legal reviewer's steps only; the phone's steps stay on the phone.
 */
@ApplicationScoped
public class CaseForms {

    private static final Set<CaseState> STEPS = Set.of(CaseState.LEGAL_REVIEW, CaseState.COLLECTIVE_DISCUSSION, CaseState.DECIDED,
            CaseState.INVESTIGATING, CaseState.WITHDRAWN);
    private static final Set<EventKind> EVENTS = Set.of(EventKind.DEVIATION_APPROVAL, EventKind.LEGAL_REVIEW, EventKind.COLLECTIVE_DISCUSSION);

    private final CaseTransitions transitions;
    private final CaseEvents events;
    private final Validator validator;

    CaseForms(CaseTransitions transitions, CaseEvents events, Validator validator) {
        this.transitions = transitions;
        this.events = events;
        this.validator = validator;
    }

    public void step(UUID id, MultivaluedMap<String, String> form) {
        CaseState to = Params.enumValue("to", form.getFirst("to"), CaseState.class);
        if (to == null || !STEPS.contains(to)) {
            throw ApiException.invalid("to", "控制台不办理此步骤 (not a step the console takes): " + form.getFirst("to"));
        }
        String note = text(form, "note");
        BigDecimal fine = to == CaseState.DECIDED ? amount(form, "fine") : null;
        TransitionRequest request = new TransitionRequest(to, Params.date("on", text(form, "on")), fine, null, null, null, null, null, null, null,
                null, note, null);
        transitions.transition(id, version(form), valid(request));
    }

    public void event(UUID id, MultivaluedMap<String, String> form) {
        EventKind kind = Params.enumValue("kind", form.getFirst("kind"), EventKind.class);
        if (kind == null || !EVENTS.contains(kind)) {
            throw ApiException.invalid("kind", "控制台不记录此事项 (not a fact the console records): " + form.getFirst("kind"));
        }
        String passed = text(form, "passed");
        List<String> attendees = text(form, "attendees") == null ? null
                : Arrays.stream(text(form, "attendees").split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
        EventRequest request = new EventRequest(kind, Params.date("on", text(form, "on")), text(form, "text"),
                passed == null ? null : Boolean.valueOf("true".equals(passed)), attendees, null, null, null, null);
        events.event(id, version(form), valid(request));
    }

    /** A reason for seeing the party in full: required, and short enough to go on the record. */
    public static String reason(MultivaluedMap<String, String> form) {
        String reason = text(form, "reason");
        if (reason == null || reason.length() > 500) {
            throw ApiException.invalid("reason", "查看当事人完整信息须写明理由（500 字以内）(give a reason, at most 500 characters)");
        }
        return reason;
    }

    <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "数据校验未通过 (validation failed)",
                    violations.stream().map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        return request;
    }

    private static long version(MultivaluedMap<String, String> form) {
        String v = form.getFirst("version");
        try {
            return Long.parseLong(v == null ? "" : v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("version", "页面缺少案件版本，请刷新 (the page's case version is missing: reload it)");
        }
    }

    static BigDecimal amount(MultivaluedMap<String, String> form, String field) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "金额应为数字，单位元 (an amount in yuan): " + v);
        }
    }

    static String text(MultivaluedMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
