package org.fieldlaw.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.cases.CaseDocumentDto.IssueRequest;
import org.fieldlaw.cases.CaseDocumentDto.ServiceOperation;
import org.fieldlaw.cases.CaseDocumentService;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.EventRequest;
import org.fieldlaw.cases.CaseDto.TransitionRequest;
import org.fieldlaw.cases.CaseEvents;
import org.fieldlaw.cases.CaseService;
import org.fieldlaw.cases.CaseTransitions;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.patrols.PatrolDto.PatrolRequest;
import org.fieldlaw.patrols.PatrolDto.TrackBatch;
import org.fieldlaw.patrols.PatrolDto.TrackReceipt;
import org.fieldlaw.patrols.PatrolService;
import org.fieldlaw.patrols.SiteDto.ReportRequest;
import org.fieldlaw.patrols.SiteDto.StatusRequest;
import org.fieldlaw.patrols.SiteDto.VisitRequest;
import org.fieldlaw.patrols.SiteDto.VisitResult;
import org.fieldlaw.patrols.SiteService;
import org.fieldlaw.patrols.SiteVisits;
import org.fieldlaw.sync.SyncDto.Operation;

/**
 * Runs one offline operation through the same service the online endpoint calls, with the same
 * validation, so a change made offline obeys every rule a change made online does.
 */
@ApplicationScoped
class OperationRunner {

    /** What the service did: created something new, found it already there, or changed it; and the record as it stands. */
    record Done(boolean created, boolean alreadyThere, Object resource) {
    }

    private final CaseService cases;
    private final CaseTransitions transitions;
    private final CaseEvents events;
    private final SiteService sites;
    private final SiteVisits visits;
    private final PatrolService patrols;
    private final CaseDocumentService documents;
    private final Validator validator;
    private final ObjectMapper mapper;

    OperationRunner(CaseService cases, CaseTransitions transitions, CaseEvents events, SiteService sites, SiteVisits visits,
            PatrolService patrols, CaseDocumentService documents, Validator validator, ObjectMapper mapper) {
        this.documents = documents;
        this.cases = cases;
        this.transitions = transitions;
        this.events = events;
        this.sites = sites;
        this.visits = visits;
        this.patrols = patrols;
        this.validator = validator;
        this.mapper = mapper;
    }

    Done run(Operation op) {
        return switch (op.kind()) {
            case CASE_CREATE -> {
                CaseService.Stored stored = cases.create(target(op), body(op, CaseRequest.class));
                yield new Done(stored.created(), !stored.created(), stored.view());
            }
            case CASE_UPDATE -> new Done(false, false, cases.update(target(op), base(op), body(op, CaseRequest.class)));
            case CASE_TRANSITION -> new Done(false, false, transitions.transition(target(op), base(op), body(op, TransitionRequest.class)));
            case CASE_EVENT -> new Done(false, false, events.event(target(op), base(op), body(op, EventRequest.class)));
            case CASE_DOCUMENT_ISSUE -> {
                CaseDocumentService.Issued issued = documents.issue(target(op), body(op, IssueRequest.class));
                yield new Done(issued.created(), !issued.created(), issued.document());
            }
            case CASE_DOCUMENT_SERVICE -> {
                ServiceOperation s = body(op, ServiceOperation.class);
                IssuedDocuments.Served served = documents.serve(target(op), s.documentId(), s.service());
                yield new Done(served.created(), !served.created(), served.document());
            }
            case SITE_REPORT -> {
                VisitResult r = visits.report(body(op, ReportRequest.class));
                yield new Done(!r.resent() && !r.attachedToExistingSite() && r.visit().visitNumber() == 1, r.resent(), r);
            }
            case SITE_VISIT -> {
                VisitResult r = visits.visit(target(op), body(op, VisitRequest.class));
                yield new Done(!r.resent(), r.resent(), r);
            }
            case SITE_STATUS -> new Done(false, false, sites.changeStatus(target(op), base(op), body(op, StatusRequest.class)));
            case PATROL_PUT -> {
                PatrolService.Saved<?> saved = patrols.put(target(op), body(op, PatrolRequest.class));
                yield new Done(saved.created(), !saved.created(), saved.view());
            }
            case PATROL_TRACK -> {
                TrackReceipt r = patrols.addTrack(target(op), body(op, TrackBatch.class));
                yield new Done(false, r.added() == 0 && r.conflicting().isEmpty(), r);
            }
        };
    }

    /** Where the record an operation is about lies, so a conflict over it reaches the supervisors of that place. */
    Optional<String> placeOf(Operation op) {
        Optional<String> place = op.targetId() == null ? Optional.empty() : switch (op.kind()) {
            case CASE_CREATE, CASE_UPDATE, CASE_TRANSITION, CASE_EVENT, CASE_DOCUMENT_ISSUE, CASE_DOCUMENT_SERVICE -> cases.placeOf(op.targetId());
            case SITE_VISIT, SITE_STATUS -> sites.placeOf(op.targetId());
            case PATROL_PUT, PATROL_TRACK -> patrols.placeOf(op.targetId());
            case SITE_REPORT -> Optional.empty();
        };
        if (place.isPresent()) {
            return place;
        }
        JsonNode named = op.body().path("place").path("code");
        if (named.isTextual()) {
            return Optional.of(named.asText());
        }
        return op.body().path("placeCode").isTextual() ? Optional.of(op.body().path("placeCode").asText()) : Optional.empty();
    }

    private static UUID target(Operation op) {
        if (op.targetId() == null) {
            throw ApiException.invalid("targetId", op.kind() + " 须写明 targetId (names its record in targetId)");
        }
        return op.targetId();
    }

    private static long base(Operation op) {
        if (op.baseVersion() == null) {
            throw new ApiException(ProblemType.VERSION_REQUIRED, op.kind() + " 须写明 baseVersion：离线修改时所见的版本 (the version the change was made on)");
        }
        return op.baseVersion();
    }

    /** The body as the endpoint's request type, validated as the endpoint would validate it. */
    private <T> T body(Operation op, Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(op.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "body 不是 " + op.kind() + " 的请求 (body is not a " + type.getSimpleName() + "): "
                    + e.getOriginalMessage());
        }
        if (value == null) {
            throw ApiException.invalid("body", "必填 (required)");
        }
        Set<ConstraintViolation<T>> faults = validator.validate(value);
        if (!faults.isEmpty()) {
            List<Problem.Violation> violations = faults.stream()
                    .map(v -> new Problem.Violation("body." + v.getPropertyPath(), v.getMessage())).sorted(
                            Comparator.comparing(Problem.Violation::field)).toList();
            throw new ApiException(ProblemType.VALIDATION, "数据校验未通过 (validation failed)", violations);
        }
        return value;
    }
}
