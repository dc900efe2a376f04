package org.fieldlaw.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.EnforcementBody;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.cases.CaseDecided;
import org.fieldlaw.cases.CaseRecord;
import org.fieldlaw.cases.CaseRules;
import org.fieldlaw.cases.CaseService;
import org.fieldlaw.cases.DecisionWithdrawn;
import org.fieldlaw.cases.EnforcementCase;
import org.fieldlaw.cases.model.Redaction;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.security.Caller;

/**
 * The publication queue (执法公示): every decided penalty is queued with its due date (7 working
 * days); a supervisor publishes it, and the text is redacted and frozen then; a revoked or changed
 * decision comes down at once (the rule allows 3 days), and a changed one is queued again.
 */
@ApplicationScoped
public class PublicationService {

    private final CaseRules rules;
    private final CaseService cases;
    private final CaseRecord record;
    private final ViolationCatalogue catalogue;
    private final JurisdictionDirectory directory;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;

    PublicationService(CaseRules rules, CaseService cases, CaseRecord record, ViolationCatalogue catalogue,
            JurisdictionDirectory directory, Caller caller, ObjectMapper mapper, Clock clock) {
        this.rules = rules;
        this.cases = cases;
        this.record = record;
        this.catalogue = catalogue;
        this.directory = directory;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    void queue(@Observes CaseDecided decided) {
        EnforcementCase c = EnforcementCase.findById(decided.caseId());
        Publication p = Publication.findById(c.id);
        if (p == null) {
            p = new Publication();
            p.caseId = c.id;
        }
        p.bodyId = c.bodyId;
        p.placeCode = c.placeCode;
        p.status = Publication.Status.PENDING;
        p.decidedOn = decided.decidedOn();
        p.dueOn = rules.deadlines().publicationDue(decided.decidedOn());
        p.persist();
    }

    void withdraw(@Observes DecisionWithdrawn withdrawn) {
        Publication p = Publication.findById(withdrawn.caseId());
        if (p == null) {
            return;
        }
        boolean wasPublished = p.status == Publication.Status.PUBLISHED;
        p.withdrawalReason = withdrawn.reason();
        p.withdrawalDue = withdrawn.on().plusDays(3);
        if (wasPublished) {
            p.withdrawnAt = OffsetDateTime.now(clock);
        }
        if (withdrawn.changed()) {
            // The changed decision is published afresh, within 7 working days of the change.
            p.status = Publication.Status.PENDING;
            p.content = null;
            p.publishedAt = null;
            p.publishedBy = null;
            p.dueOn = rules.deadlines().publicationDue(withdrawn.on());
        } else {
            p.status = Publication.Status.WITHDRAWN;
        }
        p.persist();
        if (wasPublished) {
            // Appending flushes: the row above must be whole by then.
            record.append(p.caseId, caller.officer(), "PUBLICATION_WITHDRAWN",
                    Map.of("reason", withdrawn.reason(), "changed", withdrawn.changed()), null, null);
        }
    }

    @Transactional
    public Publication publish(UUID caseId) {
        EnforcementCase c = cases.lockForRecord(caseId);
        Publication p = Publication.findById(caseId);
        if (p == null) {
            throw ApiException.notFound("待公示的处罚决定 (decision awaiting publication)", caseId);
        }
        if (p.status != Publication.Status.PENDING) {
            throw new ApiException(ProblemType.CONFLICT, "该决定不在待公示状态：" + p.status + " (not awaiting publication)");
        }
        p.publishedAt = OffsetDateTime.now(clock);
        p.publishedBy = caller.officer().id;
        p.withdrawnAt = null;
        p.content = json(publicText(c, p.publishedAt));
        p.status = Publication.Status.PUBLISHED;
        p.persist();
        record.append(caseId, caller.officer(), "PUBLISHED", Map.of("dueOn", p.dueOn.toString(),
                "late", LocalDate.now(clock).isAfter(p.dueOn)), null, null);
        return p;
    }

    @Transactional
    public List<Publication> queue(Publication.Status status, boolean overdueOnly) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        StringBuilder query = new StringBuilder("placeCode in :places");
        Parameters params = Parameters.with("places", places);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (overdueOnly) {
            query.append(" and status = :pending and dueOn < :today");
            params.and("pending", Publication.Status.PENDING).and("today", LocalDate.now(clock));
        }
        return Publication.find(query + " order by dueOn, caseId", params).page(0, 500).list();
    }

    /** Published decisions, newest first, optionally inside one jurisdiction; no login. */
    @Transactional
    public PublicDecision.Page published(String placeCode, String cursor, int limit) {
        StringBuilder query = new StringBuilder("status = :published");
        Parameters params = Parameters.with("published", Publication.Status.PUBLISHED);
        if (placeCode != null && !placeCode.isBlank()) {
            if (directory.tree().find(placeCode.trim()).isEmpty()) {
                throw ApiException.invalid("place", "没有该行政区划 (no such jurisdiction): " + placeCode);
            }
            query.append(" and placeCode in :places");
            params.and("places", directory.tree().subtree(placeCode.trim()));
        }
        if (cursor != null) {
            String[] after = Cursors.decode(cursor);
            try {
                params.and("afterAt", OffsetDateTime.parse(after[0])).and("afterId", UUID.fromString(after[1]));
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "无法识别的游标 (unreadable cursor)");
            }
            query.append(" and (publishedAt < :afterAt or (publishedAt = :afterAt and caseId > :afterId))");
        }
        List<Publication> found = Publication.find(query + " order by publishedAt desc, caseId", params).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<Publication> page = more ? found.subList(0, limit) : found;
        String next = more ? Cursors.encode(page.get(page.size() - 1).publishedAt, page.get(page.size() - 1).caseId) : null;
        return new PublicDecision.Page(page.stream().map(this::read).toList(), next);
    }

    @Transactional
    public PublicDecision publishedOne(UUID caseId) {
        Publication p = Publication.findById(caseId);
        if (p == null || p.status != Publication.Status.PUBLISHED) {
            throw ApiException.notFound("公示的处罚决定 (published decision)", caseId);
        }
        return read(p);
    }

    private PublicDecision publicText(EnforcementCase c, OffsetDateTime at) {
        EnforcementBody body = EnforcementBody.findById(c.bodyId);
        String town = directory.tree().find(c.placeCode).map(JurisdictionTree.Node::name).orElse(c.placeCode);
        Violation v = catalogue.violationOf(c.placeCode, c.actDate, c.violationCode).orElse(null);
        boolean person = "PERSON".equals(c.partyKind);
        List<String> penalties = c.decidedTypes == null ? List.of()
                : Arrays.stream(c.decidedTypes).map(t -> PenaltyType.valueOf(t).zh()).toList();
        return new PublicDecision(c.id, c.caseNumber, body.name, town, c.partyKind,
                person ? Redaction.personName(c.partyName) : c.partyName,
                v == null ? c.violationCode : v.name(), v == null ? null : v.breachedProvision(), v == null ? null : v.penaltyProvision(),
                penalties, c.decidedFine, c.decidedOn, at);
    }

    private PublicDecision read(Publication p) {
        try {
            return mapper.readValue(p.content, PublicDecision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published text unreadable", e);
        }
    }

    private String json(PublicDecision d) {
        try {
            return mapper.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
