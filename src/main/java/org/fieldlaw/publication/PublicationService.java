package org.fieldlaw.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.cases.CaseDecided;
import org.fieldlaw.cases.CaseDecisions.Decision;
import org.fieldlaw.cases.CaseDecisions;
import org.fieldlaw.cases.CaseRecordOwner;
import org.fieldlaw.cases.CaseRules;
import org.fieldlaw.cases.DecisionWithdrawn;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.privacy.model.Redaction;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * The publication queue (执法公示): every decided penalty is queued with its due date (7 working
 * days); a supervisor publishes it, and the text is redacted and frozen then; a revoked or changed
 * decision comes down at once (the rule allows 3 days), and a changed one is queued again.
 */
@ApplicationScoped
public class PublicationService {

    private final CaseRules rules;
    private final CaseDecisions decisions;
    private final AgencyRegister register;
    private final RecordAppender records;
    private final ViolationCatalogue catalogue;
    private final JurisdictionDirectory directory;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;

    PublicationService(CaseRules rules, CaseDecisions decisions, AgencyRegister register, RecordAppender records,
            ViolationCatalogue catalogue, JurisdictionDirectory directory, Caller caller, ObjectMapper mapper, Clock clock) {
        this.rules = rules;
        this.decisions = decisions;
        this.register = register;
        this.records = records;
        this.catalogue = catalogue;
        this.directory = directory;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    void queue(@Observes CaseDecided decided) {
        Publication p = Publication.findById(decided.caseId());
        if (p == null) {
            p = new Publication();
            p.caseId = decided.caseId();
        }
        p.bodyId = decided.bodyId();
        p.placeCode = decided.placeCode();
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
            records.append(CaseRecordOwner.of(p.caseId), caller.officer().actor(), RecordLine.of(RecordActions.PUBLICATION_WITHDRAWN,
                    Map.of("reason", withdrawn.reason(), "changed", withdrawn.changed())));
        }
    }

    @Transactional
    public Publication publish(UUID caseId) {
        // The case first, then its publication: the order a revocation takes them in too.
        Decision d = decisions.locked(caseId);
        Publication p = Publication.findById(caseId);
        if (p == null) {
            throw ApiException.notFound("待公示的处罚决定 (decision awaiting publication)", caseId);
        }
        if (p.status != Publication.Status.PENDING) {
            throw new ApiException(ProblemType.CONFLICT, "该决定不在待公示状态：" + p.status + " (not awaiting publication)");
        }
        p.publishedAt = OffsetDateTime.now(clock);
        p.publishedBy = caller.officer().id();
        p.withdrawnAt = null;
        p.content = StoredJson.write(mapper, publicText(d, p.publishedAt));
        p.status = Publication.Status.PUBLISHED;
        p.persist();
        records.append(CaseRecordOwner.of(caseId), caller.officer().actor(), RecordLine.of(RecordActions.PUBLISHED,
                Map.of("dueOn", p.dueOn.toString(), "late", LocalDate.now(clock).isAfter(p.dueOn))));
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

    /**
     * A decision in the queue as a supervisor reviews it: its dates, and the text the public sees (for one
     * still pending, the redacted text it would be published with now).
     */
    public record Item(UUID caseId, Publication.Status status, LocalDate decidedOn, LocalDate dueOn, boolean overdue, OffsetDateTime publishedAt,
            OffsetDateTime withdrawnAt, String withdrawalReason, PublicDecision text) {
    }

    /** The queue of the caller's jurisdiction with each decision's public text, read in one pass. */
    @Transactional
    public List<Item> items(Publication.Status status, boolean overdueOnly) {
        return itemsOf(queue(status, overdueOnly));
    }

    /** A page of the queue and the cursor of the next one (null at the end). */
    public record ItemPage(List<Item> items, String nextCursor) {
    }

    /**
     * The decisions awaiting publication in the caller's jurisdiction, or in one town or county of it, the
     * earliest due first, a page at a time, each with the redacted text it would be published with now.
     */
    @Transactional
    public ItemPage pending(String place, String cursor, int limit) {
        StringBuilder query = new StringBuilder("placeCode in :places and status = :pending");
        Parameters params = Parameters.with("places", directory.tree().subtree(caller.areaOf("town", place))).and("pending",
                Publication.Status.PENDING);
        Cursors.After<LocalDate> after = Cursors.after(cursor, LocalDate::parse);
        if (after != null) {
            params.and("afterDay", after.key()).and("afterId", after.id());
            query.append(" and (dueOn > :afterDay or (dueOn = :afterDay and caseId > :afterId))");
        }
        List<Publication> found = Publication.<Publication>find(query + " order by dueOn, caseId", params).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<Publication> page = more ? found.subList(0, limit) : found;
        Publication last = more ? page.get(page.size() - 1) : null;
        return new ItemPage(itemsOf(page), last == null ? null : Cursors.encode(last.dueOn, last.caseId));
    }

    private List<Item> itemsOf(List<Publication> queue) {
        Map<UUID, Decision> pending = new HashMap<>();
        decisions.read(queue.stream().filter(p -> p.status == Publication.Status.PENDING).map(p -> p.caseId).toList())
                .forEach(d -> pending.put(d.caseId(), d));
        LocalDate today = LocalDate.now(clock);
        return queue.stream().map(p -> new Item(p.caseId, p.status, p.decidedOn, p.dueOn,
                p.status == Publication.Status.PENDING && p.dueOn.isBefore(today), p.publishedAt, p.withdrawnAt, p.withdrawalReason,
                p.content != null ? read(p) : pending.containsKey(p.caseId) ? publicText(pending.get(p.caseId), null) : null)).toList();
    }

    /**
     * The decisions of the caller's jurisdiction already published or withdrawn, the latest due first, at most
     * {@code limit}: what a supervisor checks after the queue (the public page pages through all of them).
     */
    @Transactional
    public List<Item> recent(int limit) {
        List<Publication> done = Publication.<Publication>find("placeCode in :places and status <> :pending order by dueOn desc, caseId",
                Parameters.with("places", directory.tree().subtree(caller.jurisdictionCode())).and("pending", Publication.Status.PENDING))
                .page(0, limit).list();
        return done.stream().map(p -> new Item(p.caseId, p.status, p.decidedOn, p.dueOn, false, p.publishedAt, p.withdrawnAt, p.withdrawalReason,
                p.content == null ? null : read(p))).toList();
    }

    /** How many decisions in the caller's jurisdiction wait for publication, and how many of them are late. */
    public record Backlog(long pending, long overdue) {
    }

    @Transactional
    public Backlog backlog() {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        Parameters params = Parameters.with("places", places).and("pending", Publication.Status.PENDING);
        long pending = Publication.count("placeCode in :places and status = :pending", params);
        long overdue = Publication.count("placeCode in :places and status = :pending and dueOn < :today",
                Parameters.with("places", places).and("pending", Publication.Status.PENDING).and("today", LocalDate.now(clock)));
        return new Backlog(pending, overdue);
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

    private PublicDecision publicText(Decision d, OffsetDateTime at) {
        String body = register.body(d.bodyId()).map(RegisteredBody::name).orElse(null);
        String town = directory.tree().nameOf(d.placeCode());
        Violation v = catalogue.violationOf(d.placeCode(), d.actDate(), d.violationCode()).orElse(null);
        boolean person = d.partyKind() == PartyKind.PERSON;
        return new PublicDecision(d.caseId(), d.caseNumber(), body, town, d.partyKind().name(),
                person ? Redaction.personName(d.partyName()) : d.partyName(),
                v == null ? d.violationCode() : v.name(), v == null ? null : v.breachedProvision(), v == null ? null : v.penaltyProvision(),
                d.types().stream().map(PenaltyType::zh).toList(), d.fine(), d.decidedOn(), at);
    }

    private PublicDecision read(Publication p) {
        return StoredJson.read(mapper, p.content, PublicDecision.class);
    }
}
