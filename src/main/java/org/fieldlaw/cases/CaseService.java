package org.fieldlaw.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.CanonicalJson;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.privacy.PersonalDataViews;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * Creating and editing cases. A create is idempotent on the client's id: the phone may send it
 * any number of times and gets the one stored case, or a 409 showing both versions when the
 * bodies differ. Cases of other jurisdictions are answered as not found.
 */
@ApplicationScoped
public class CaseService {

    /** Facts of the case may be edited only before a penalty is proposed. */
    private static final Set<CaseState> EDITABLE = Set.of(CaseState.RECORDED, CaseState.FILED, CaseState.INVESTIGATING);

    public record Stored(CaseView view, boolean created) {
    }

    private final Caller caller;
    private final CaseFactsWriter facts;
    private final CaseRequests requests;
    private final CaseViews views;
    private final RecordAppender records;
    private final PersonalDataViews personalDataViews;

    CaseService(Caller caller, CaseFactsWriter facts, CaseRequests requests, CaseViews views, RecordAppender records,
            PersonalDataViews personalDataViews) {
        this.caller = caller;
        this.facts = facts;
        this.requests = requests;
        this.views = views;
        this.records = records;
        this.personalDataViews = personalDataViews;
    }

    /** PUT without If-Match: create, or answer the stored case when it is the same request again. */
    public Stored create(UUID id, CaseRequest request) {
        RegisteredOfficer me = caller.officer();
        CanonicalJson.Digested digest = requests.digest(request);
        caller.requireWithin(request.place().code().trim());
        return Idempotent.createOrAnswerStored(() -> insert(id, request, digest, me), () -> stored(id, digest));
    }

    /**
     * The same create inside the caller's transaction, for a feature that opens a case from its own
     * record in one step ({@link CaseOpening}): the same checks, the same stored request and digest.
     * The feature knows its own resends (the record it converts names its case); any id already
     * taken is another case.
     */
    EnforcementCase createInTransaction(UUID id, CaseRequest request) {
        if (EnforcementCase.findById(id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "该编号已被其他案件使用 (this id belongs to another case)");
        }
        insert(id, request, requests.digest(request), caller.officer());
        return visible(id);
    }

    /** The case stored under the id when it was made from the same request; 409 when from another. */
    private Optional<Stored> stored(UUID id, CanonicalJson.Digested digest) {
        EnforcementCase existing = EnforcementCase.findById(id);
        if (existing == null) {
            return Optional.empty();
        }
        if (!caller.covers(existing.placeCode)) {
            // The id is taken by a case the caller may not see: say only that it is taken.
            throw new ApiException(ProblemType.CONFLICT, "该编号已被其他案件使用 (this id belongs to another case)");
        }
        if (!existing.createDigest.equals(digest.sha256())) {
            throw new ApiException(ProblemType.CONFLICT,
                    "同一编号的案件已以不同内容创建 (a case with this id was created with a different body)")
                    .with("stored", requests.tree(existing.createRequest))
                    .with("received", requests.tree(digest.json()));
        }
        return Optional.of(new Stored(views.of(existing, false), false));
    }

    private Stored insert(UUID id, CaseRequest request, CanonicalJson.Digested digest, RegisteredOfficer me) {
        EnforcementCase c = new EnforcementCase();
        c.id = id;
        c.bodyId = me.body().id();
        c.state = CaseState.RECORDED;
        c.createRequest = digest.json();
        c.createDigest = digest.sha256();
        c.createdBy = me.id();
        facts.apply(c, request, me);
        c.persist();
        List<CaseOfficerLink> links = CaseFactsWriter.saveOfficers(c, request.officers());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("procedure", c.procedure);
        detail.put("violationCode", c.violationCode);
        detail.put("placeCode", c.placeCode);
        detail.put("requestDigest", digest.sha256());
        records.open(CaseRecordOwner.of(c.id), me.actor(), RecordLine.of(RecordActions.CREATED, detail).at(c.latitude, c.longitude));
        return new Stored(views.ofNew(c, links, me.body()), true);
    }

    /** PUT with If-Match: change the facts of a case not yet proposed. */
    public CaseView update(UUID id, long expectedVersion, CaseRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RegisteredOfficer me = caller.officer();
            EnforcementCase c = lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            if (!EDITABLE.contains(c.state)) {
                throw new ApiException(ProblemType.CONFLICT, "拟处罚决定作出后不能再修改案件事实 (facts cannot change after a penalty is proposed)");
            }
            if (c.procedure != request.procedure() && c.state != CaseState.RECORDED) {
                throw ApiException.invalid("procedure", "立案后不能改变程序 (the procedure cannot change after filing)");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("before", requests.tree(requests.current(c)));
            facts.apply(c, request, me);
            CaseOfficerLink.ofCase(c.id).forEach(CaseOfficerLink::delete);
            CaseOfficerLink.flush();
            CaseFactsWriter.saveOfficers(c, request.officers());
            c.persistAndFlush();
            detail.put("after", requests.tree(request));
            records.append(CaseRecordOwner.of(c.id), me.actor(), RecordLine.of(RecordActions.EDITED, detail));
            return views.of(c, false);
        });
    }

    /** One case; {@code reveal} shows the party's personal data in full and records that it was seen. */
    public CaseView get(UUID id, boolean reveal) {
        if (reveal) {
            return reveal(id, null);
        }
        return QuarkusTransaction.requiringNew().call(() -> views.of(visible(id), false));
    }

    /** The case with the party in full; who looked, and why when a reason is given, goes into the case's record first. */
    public CaseView reveal(UUID id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EnforcementCase c = lockVisible(id);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("fields", List.of("party"));
            if (reason != null) {
                detail.put("reason", reason);
            }
            records.append(CaseRecordOwner.of(c.id), caller.officer().actor(), RecordLine.of(RecordActions.PERSONAL_DATA_VIEWED, detail));
            recordReveal(c, List.of("party"), reason);
            return views.of(c, true);
        });
    }

    /**
     * A document of the case read (a preview, or a PDF as issued): it shows the party in full, so who read it goes on the
     * case's record and into the auditors' list; inside the transaction that reads it.
     */
    void documentRead(EnforcementCase c, String document) {
        records.append(CaseRecordOwner.of(c.id), caller.officer().actor(),
                RecordLine.of(RecordActions.PERSONAL_DATA_VIEWED, Map.of("via", "document", "document", document)));
        recordReveal(c, List.of("documents"), document);
    }

    /** For the auditors' list of who saw which party (beside the line on the case's record): inside the transaction that shows it. */
    void recordReveal(EnforcementCase c, List<String> fields, String reason) {
        personalDataViews.record(new PersonalDataViews.Reveal(CaseRecordOwner.KIND, c.id, c.placeCode, c.partyIdentifier, fields, reason));
    }

    /** Where a case is, whoever asks: for routing a matter about it (a sync conflict) to the supervisors of that place. */
    public Optional<String> placeOf(UUID id) {
        return EnforcementCase.<EnforcementCase>findByIdOptional(id).map(c -> c.placeCode);
    }

    /** A case the caller may see; inside a transaction. Others are answered as not found: their existence does not leak. */
    EnforcementCase visible(UUID id) {
        EnforcementCase c = EnforcementCase.findById(id);
        if (c == null || !caller.covers(c.placeCode)) {
            throw ApiException.notFound("案件 (case)", id);
        }
        return c;
    }

    /** The same, locked for the rest of the transaction: every change to a case goes one at a time. */
    EnforcementCase lockVisible(UUID id) {
        EnforcementCase c = EnforcementCase.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !caller.covers(c.placeCode)) {
            throw ApiException.notFound("案件 (case)", id);
        }
        return c;
    }
}
