package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RecentOfficers;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.OfficerInput;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Texts;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.CreditCode;
import org.fieldlaw.discretion.model.Party;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.Violation;
import org.fieldlaw.security.Roles;

/**
 * Checks the facts of a case request against the baselines and the register, and writes them onto
 * the case; refuses with every fault at once. The violation code, party and officers are checked
 * here; the request's shape was checked by bean validation before.
 */
@ApplicationScoped
class CaseFactsWriter {

    private final Caller caller;
    private final ViolationCatalogue catalogue;
    private final RecentOfficers officers;
    private final CaseRequests requests;
    private final Clock clock;

    CaseFactsWriter(Caller caller, ViolationCatalogue catalogue, RecentOfficers officers, CaseRequests requests, Clock clock) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.officers = officers;
        this.requests = requests;
        this.clock = clock;
    }

    void apply(EnforcementCase c, CaseRequest r, RegisteredOfficer me) {
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
        c.partyKind = party.kind();
        c.partyName = r.party().name().trim();
        c.partyIdentifier = party.identifier();
        c.partyBirthDate = party.birthDate();
        c.partyAddress = r.party().address();
        c.circumstances = r.circumstances() == null ? new String[0]
                : r.circumstances().stream().map(String::trim).distinct().sorted().toArray(String[]::new);
        c.bases = requests.bases(r.bases());
        c.summary = r.summary();
    }

    /** The officers of a request as the case's links, in the order given. */
    static List<CaseOfficerLink> saveOfficers(EnforcementCase c, List<OfficerInput> inputs) {
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

    private static Party party(CaseRequest r, List<Problem.Violation> faults) {
        boolean person = PartyKind.PERSON.name().equals(r.party().kind());
        String id = Texts.identifier(person ? r.party().idNumber() : r.party().creditCode());
        if (person && r.party().creditCode() != null && !r.party().creditCode().isBlank()) {
            faults.add(new Problem.Violation("party.creditCode", "公民没有统一社会信用代码 (a person has no credit code)"));
        }
        if (!person && r.party().idNumber() != null && !r.party().idNumber().isBlank()) {
            faults.add(new Problem.Violation("party.idNumber", "组织没有身份证号 (an organisation has no ID number)"));
        }
        if (!person && !CreditCode.isWellFormed(id)) {
            faults.add(new Problem.Violation("party.creditCode", "须为 18 位统一社会信用代码 (an 18-character unified social credit code)"));
        }
        try {
            return new Party(person ? PartyKind.PERSON : PartyKind.ORGANISATION, id, r.party().birthDate());
        } catch (IllegalArgumentException e) {
            faults.add(new Problem.Violation(person ? "party.idNumber" : "party", "当事人信息有误 (party details invalid): " + e.getMessage()));
            return new Party(person ? PartyKind.PERSON : PartyKind.ORGANISATION, null, null);
        }
    }

    private void officers(List<OfficerInput> inputs, RegisteredOfficer me, List<Problem.Violation> faults) {
        Set<UUID> seen = new HashSet<>();
        for (OfficerInput input : inputs) {
            if (!seen.add(input.officerId())) {
                faults.add(new Problem.Violation("officers", "执法人员重复 (listed twice): " + input.officerId()));
                continue;
            }
            RegisteredOfficer o = officers.find(input.officerId());
            if (o == null || !o.active() || !caller.covers(o.body().jurisdictionCode()) && !o.body().id().equals(me.body().id())) {
                faults.add(new Problem.Violation("officers", "执法人员不存在或已停用 (no such active officer): " + input.officerId()));
            }
        }
        if (seen.size() < 2) {
            faults.add(new Problem.Violation("officers", "执法人员不得少于两人 (at least two officers, APL Art 42)"));
        }
        if (caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.SUPERVISOR) && !seen.contains(me.id())) {
            faults.add(new Problem.Violation("officers", "记录案件的执法人员须在执法人员之列 (you must be one of the officers)"));
        }
    }
}
