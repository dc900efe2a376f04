package org.fieldlaw.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.agency.RecentOfficers;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.OfficerInput;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.RecordChain;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.Party;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.security.Caller;
import org.fieldlaw.security.Roles;

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
    private final ViolationCatalogue catalogue;
    private final CaseViews views;
    private final CaseRecord record;
    private final ObjectMapper canonical;
    private final Clock clock;
    private final RecentOfficers officers;

    CaseService(Caller caller, ViolationCatalogue catalogue, CaseViews views, CaseRecord record, ObjectMapper mapper, Clock clock,
            RecentOfficers officers) {
        this.officers = officers;
        this.caller = caller;
        this.catalogue = catalogue;
        this.views = views;
        this.record = record;
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        this.clock = clock;
    }

    /** PUT without If-Match: create, or answer the stored case when it is the same request again. */
    public Stored create(UUID id, CaseRequest request) {
        Officer me = caller.officer();
        String json = canonicalJson(request);
        String digest = RecordChain.sha256(json);
        caller.requireWithin(request.place().code().trim());
        try {
            // Written without looking first: a new id is the common case, and the primary key says when it is not.
            return QuarkusTransaction.requiringNew().call(() -> insert(id, request, json, digest, me));
        } catch (PersistenceException e) {
            // The id is taken: this create sent again, a race with another copy of it, or another case.
            return QuarkusTransaction.requiringNew().call(() -> compare(id, json, digest).orElseThrow(() -> e));
        } catch (ApiException e) {
            // A resend answers the stored case even when its request would no longer pass (a baseline changed since).
            return QuarkusTransaction.requiringNew().call(() -> compare(id, json, digest).orElseThrow(() -> e));
        }
    }

    /**
     * Creates a case inside the caller's transaction, for a feature that turns its own record into a
     * case in one step (a confirmed illegal-construction site). Its resend is that feature's to detect.
     */
    public EnforcementCase createInTransaction(UUID id, CaseRequest request) {
        if (EnforcementCase.findById(id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "该编号已被其他案件使用 (this id belongs to another case)");
        }
        String json = canonicalJson(request);
        insert(id, request, json, RecordChain.sha256(json), caller.officer());
        return EnforcementCase.findById(id);
    }

    private java.util.Optional<Stored> compare(UUID id, String json, String digest) {
        EnforcementCase existing = EnforcementCase.findById(id);
        if (existing == null) {
            return java.util.Optional.empty();
        }
        if (!caller.covers(existing.placeCode)) {
            // The id is taken by a case the caller may not see: say only that it is taken.
            throw new ApiException(ProblemType.CONFLICT, "该编号已被其他案件使用 (this id belongs to another case)");
        }
        if (!existing.createDigest.equals(digest)) {
            throw new ApiException(ProblemType.CONFLICT,
                    "同一编号的案件已以不同内容创建 (a case with this id was created with a different body)")
                    .with("stored", tree(existing.createRequest))
                    .with("received", tree(json));
        }
        return java.util.Optional.of(new Stored(views.of(existing, false), false));
    }

    private Stored insert(UUID id, CaseRequest request, String json, String digest, Officer me) {
        EnforcementCase c = new EnforcementCase();
        c.id = id;
        c.bodyId = me.body.id;
        c.state = CaseState.RECORDED;
        c.createRequest = json;
        c.createDigest = digest;
        c.createdBy = me.id;
        apply(c, request, me);
        c.persist();
        List<CaseOfficerLink> links = saveOfficers(c, request.officers());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("procedure", c.procedure);
        detail.put("violationCode", c.violationCode);
        detail.put("placeCode", c.placeCode);
        detail.put("requestDigest", digest);
        // The first entry of a new case: nothing to look up before it, and its flush writes the case and officers too.
        record.appendFirst(c.id, me, "CREATED", detail, c.latitude, c.longitude);
        return new Stored(views.ofNew(c, links, me.body), true);
    }

    /** PUT with If-Match: change the facts of a case not yet proposed. */
    public CaseView update(UUID id, long expectedVersion, CaseRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Officer me = caller.officer();
            EnforcementCase c = lockVisible(id);
            Versions.check(c.version, expectedVersion, views.of(c, false));
            if (!EDITABLE.contains(c.state)) {
                throw new ApiException(ProblemType.CONFLICT, "拟处罚决定作出后不能再修改案件事实 (facts cannot change after a penalty is proposed)");
            }
            if (c.procedure != request.procedure() && c.state != CaseState.RECORDED) {
                throw ApiException.invalid("procedure", "立案后不能改变程序 (the procedure cannot change after filing)");
            }
            String before = canonicalJson(current(c));
            apply(c, request, me);
            CaseOfficerLink.ofCase(c.id).forEach(CaseOfficerLink::delete);
            CaseOfficerLink.flush();
            saveOfficers(c, request.officers());
            c.persistAndFlush();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("before", tree(before));
            detail.put("after", tree(canonicalJson(request)));
            record.append(c.id, me, "EDITED", detail, null, null);
            return views.of(c, false);
        });
    }

    /** One case; {@code reveal} shows the party's personal data in full and records that it was seen. */
    public CaseView get(UUID id, boolean reveal) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!reveal) {
                return views.of(visible(id), false);
            }
            EnforcementCase c = lockVisible(id);
            record.append(c.id, caller.officer(), "PERSONAL_DATA_VIEWED", Map.of("fields", List.of("party")), null, null);
            return views.of(c, true);
        });
    }

    /** A case the caller may see, for other features (evidence, publication); call inside a transaction. */
    public EnforcementCase visibleCase(UUID id) {
        return visible(id);
    }

    /** Locks a case the caller may see before appending to its record from another feature. */
    public EnforcementCase lockForRecord(UUID id) {
        return lockVisible(id);
    }

    EnforcementCase visible(UUID id) {
        EnforcementCase c = EnforcementCase.findById(id);
        if (c == null || !caller.covers(c.placeCode)) {
            throw ApiException.notFound("案件 (case)", id);
        }
        return c;
    }

    EnforcementCase lockVisible(UUID id) {
        EnforcementCase c = EnforcementCase.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !caller.covers(c.placeCode)) {
            throw ApiException.notFound("案件 (case)", id);
        }
        return c;
    }

    private void apply(EnforcementCase c, CaseRequest r, Officer me) {
        List<Problem.Violation> faults = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        String place = r.place().code().trim();
        caller.requireWithin(place);
        Violation violation = catalogue.violationOf(place, r.actDate(), r.violationCode().trim()).orElse(null);
        if (violation == null) {
            faults.add(new Problem.Violation("violationCode", "裁量基准中没有该违法行为 (no such violation in the baselines for this place): "
                    + r.violationCode()));
        }
        if (r.actDate().isAfter(today)) {
            faults.add(new Problem.Violation("actDate", "不能晚于今天 (cannot be in the future)"));
        }
        if (r.actEndDate() != null && r.actEndDate().isBefore(r.actDate())) {
            faults.add(new Problem.Violation("actEndDate", "不能早于 actDate (before the act date)"));
        }
        if (r.discoveredOn() != null && (r.discoveredOn().isBefore(r.actDate()) || r.discoveredOn().isAfter(today))) {
            faults.add(new Problem.Violation("discoveredOn", "应在违法行为发生之日与今天之间 (between the act date and today)"));
        }
        Party party = party(r, faults);
        officers(r.officers(), me, faults);
        if (!faults.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "案件信息有误 (the case has errors)", faults);
        }
        c.procedure = r.procedure();
        c.source = r.source();
        c.violationCode = violation.code();
        c.field = violation.field();
        c.matterCode = violation.matterCode();
        c.placeCode = place;
        c.address = r.place().address().trim();
        c.latitude = r.place().point() == null ? null : r.place().point().latitude();
        c.longitude = r.place().point() == null ? null : r.place().point().longitude();
        c.accuracyM = r.place().point() == null ? null : r.place().point().accuracyM();
        c.actDate = r.actDate();
        c.actEndDate = r.actEndDate();
        c.continuing = Boolean.TRUE.equals(r.continuing());
        c.discoveredOn = r.discoveredOn();
        c.partyKind = party.kind().name();
        c.partyName = r.party().name().trim();
        c.partyIdentifier = party.identifier();
        c.partyBirthDate = party.birthDate();
        c.partyAddress = r.party().address();
        c.circumstances = r.circumstances() == null ? new String[0]
                : r.circumstances().stream().map(String::trim).distinct().sorted().toArray(String[]::new);
        c.bases = canonicalJson(r.bases() == null ? Map.of() : new TreeMap<>(r.bases()));
        c.summary = r.summary();
    }

    private static Party party(CaseRequest r, List<Problem.Violation> faults) {
        boolean person = "PERSON".equals(r.party().kind());
        String id = upper(person ? r.party().idNumber() : r.party().creditCode());
        if (person && r.party().creditCode() != null && !r.party().creditCode().isBlank()) {
            faults.add(new Problem.Violation("party.creditCode", "公民没有统一社会信用代码 (a person has no credit code)"));
        }
        if (!person && r.party().idNumber() != null && !r.party().idNumber().isBlank()) {
            faults.add(new Problem.Violation("party.idNumber", "组织没有身份证号 (an organisation has no ID number)"));
        }
        if (!person && !(id != null && id.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}"))) {
            faults.add(new Problem.Violation("party.creditCode", "须为 18 位统一社会信用代码 (an 18-character unified social credit code)"));
        }
        try {
            return new Party(person ? PartyKind.PERSON : PartyKind.ORGANISATION, id, r.party().birthDate());
        } catch (IllegalArgumentException e) {
            faults.add(new Problem.Violation(person ? "party.idNumber" : "party", "当事人信息有误 (party details invalid): " + e.getMessage()));
            return new Party(person ? PartyKind.PERSON : PartyKind.ORGANISATION, null, null);
        }
    }

    private void officers(List<OfficerInput> inputs, Officer me, List<Problem.Violation> faults) {
        Set<UUID> seen = new HashSet<>();
        for (OfficerInput input : inputs) {
            if (!seen.add(input.officerId())) {
                faults.add(new Problem.Violation("officers", "执法人员重复 (listed twice): " + input.officerId()));
                continue;
            }
            Officer o = officers.find(input.officerId());
            if (o == null || !o.active || !caller.covers(o.body.jurisdictionCode) && !o.body.id.equals(me.body.id)) {
                faults.add(new Problem.Violation("officers", "执法人员不存在或已停用 (no such active officer): " + input.officerId()));
            }
        }
        if (seen.size() < 2) {
            faults.add(new Problem.Violation("officers", "执法人员不得少于两人 (at least two officers, APL Art 42)"));
        }
        if (caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.SUPERVISOR) && !seen.contains(me.id)) {
            faults.add(new Problem.Violation("officers", "记录案件的执法人员须在执法人员之列 (you must be one of the officers)"));
        }
    }

    private static List<CaseOfficerLink> saveOfficers(EnforcementCase c, List<OfficerInput> inputs) {
        List<CaseOfficerLink> links = new ArrayList<>();
        for (OfficerInput input : inputs) {
            CaseOfficerLink link = new CaseOfficerLink();
            link.key = new CaseOfficerLink.Key(c.id, input.officerId());
            link.investigator = input.investigator() == null || input.investigator();
            link.position = links.size();
            link.persist();
            links.add(link);
        }
        return links;
    }

    /** The request the stored case would be made from now, for the before-and-after of an edit. */
    private CaseRequest current(EnforcementCase c) {
        List<OfficerInput> officers = CaseOfficerLink.ofCase(c.id).stream()
                .map(l -> new OfficerInput(l.key.officerId(), l.investigator)).toList();
        boolean person = "PERSON".equals(c.partyKind);
        return new CaseRequest(c.procedure, c.source, c.violationCode,
                new CaseDto.PlaceInput(c.placeCode, c.address, c.latitude == null ? null : new CaseDto.Point(c.latitude, c.longitude, c.accuracyM)),
                c.actDate, c.actEndDate, c.continuing, c.discoveredOn,
                new CaseDto.PartyInput(c.partyKind, c.partyName, person ? c.partyIdentifier : null, c.partyBirthDate,
                        person ? null : c.partyIdentifier, c.partyAddress),
                officers, List.of(c.circumstances), views.bases(c.bases), c.summary);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    String canonicalJson(Object value) {
        try {
            return canonical.writeValueAsString(normalise(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 100 and 100.00 yuan are the same request; so are the same circumstances in another order. */
    private static Object normalise(Object value) {
        if (value instanceof CaseRequest r) {
            Map<String, BigDecimal> bases = null;
            if (r.bases() != null) {
                bases = new TreeMap<>();
                for (Map.Entry<String, BigDecimal> e : r.bases().entrySet()) {
                    bases.put(e.getKey(), e.getValue() == null ? null : e.getValue().stripTrailingZeros());
                }
            }
            List<String> circumstances = r.circumstances() == null || r.circumstances().isEmpty() ? null
                    : r.circumstances().stream().sorted().distinct().toList();
            List<OfficerInput> officers = r.officers().stream()
                    .map(o -> new OfficerInput(o.officerId(), o.investigator() == null || o.investigator())).toList();
            return new CaseRequest(r.procedure(), r.source(), r.violationCode(), r.place(), r.actDate(), r.actEndDate(),
                    Boolean.TRUE.equals(r.continuing()) ? Boolean.TRUE : null, r.discoveredOn(), r.party(), officers,
                    circumstances, bases == null || bases.isEmpty() ? null : bases, r.summary());
        }
        return value;
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return canonical.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
