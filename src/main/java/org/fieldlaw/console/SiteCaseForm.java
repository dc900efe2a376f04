package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.OfficerService;
import org.fieldlaw.agency.model.CertificateStatus;
import org.fieldlaw.cases.CaseDto.OfficerInput;
import org.fieldlaw.cases.CaseDto.PartyInput;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.patrols.SiteConversion;
import org.fieldlaw.patrols.SiteDto.ConversionRequest;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.security.Roles;

/**
 * Converting a site to a case from its page (转为案件): the form offers the officers of the caller's body who
 * hold a certificate valid today, and sends what the phone would send to {@code POST /api/v1/sites/{id}/case},
 * validated as the API validates it. The case id is chosen when the form is drawn, so a second click
 * answers the same case.
 */
@ApplicationScoped
public class SiteCaseForm {

    @RegisterForReflection
    public record Choice(UUID id, String name, String certificate, boolean me) {
    }

    @RegisterForReflection
    public record Form(UUID caseId, List<Choice> officers) {
    }

    private final SiteConversion conversion;
    private final OfficerService officers;
    private final CaseForms forms;
    private final Caller caller;
    private final Clock clock;

    SiteCaseForm(SiteConversion conversion, OfficerService officers, CaseForms forms, Caller caller, Clock clock) {
        this.conversion = conversion;
        this.officers = officers;
        this.forms = forms;
        this.caller = caller;
        this.clock = clock;
    }

    /** The form, when the caller may convert this site now; null otherwise. */
    public Form offer(SiteView site) {
        if (site.caseId() != null || !SiteConversion.convertible(site.status()) || !(caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.SUPERVISOR))) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        UUID me = caller.officer().id();
        // each active officer of the body once, with the first certificate valid today; those without one cannot take part (APL Art 42)
        List<Choice> choices = officers.list(caller.officer().body().id()).stream().filter(o -> o.active())
                .flatMap(o -> officers.certificates(o.id(), today).stream().filter(c -> c.status() == CertificateStatus.VALID).findFirst()
                        .map(c -> new Choice(o.id(), o.name(), c.number(), o.id().equals(me))).stream())
                .toList();
        return new Form(UUID.randomUUID(), choices);
    }

    /** The new case's id. */
    public UUID convert(UUID siteId, MultivaluedMap<String, String> form) {
        UUID caseId = Params.uuid("caseId", form.getFirst("caseId"));
        if (caseId == null) {
            throw ApiException.invalid("caseId", "页面缺少案件编号，请刷新 (the form has no case id: reload the page)");
        }
        List<OfficerInput> team = form.getOrDefault("officer", List.of()).stream().map(id -> new OfficerInput(Params.uuid("officer", id), true)).toList();
        String partyName = CaseForms.text(form, "partyName");
        PartyInput party = partyName == null ? null : new PartyInput(CaseForms.text(form, "partyKind"), partyName, CaseForms.text(form, "idNumber"), null,
                CaseForms.text(form, "creditCode"), CaseForms.text(form, "partyAddress"));
        ConversionRequest request = new ConversionRequest(caseId, "on".equals(form.getFirst("temporaryBuilding")), Params.date("actDate",
                CaseForms.text(form, "actDate")), party, team, CaseForms.amount(form, "constructionCost"), null, CaseForms.text(form, "summary"));
        return conversion.convert(siteId, forms.valid(request)).caseView().id();
    }
}
