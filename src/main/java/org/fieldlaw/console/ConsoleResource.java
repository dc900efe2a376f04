package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.security.Roles;

/**
 * The supervisors' console (监督端), served by the service itself and signed in through the city's
 * provider (the {@code console} OIDC tenant). Pages call the same services and gates the API does,
 * with the API's roles on each: a page shows, and an action takes, only what the API would. The files the pages
 * link (documents, case files, evidence) are handed out by {@link ConsoleFileResource}.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    /**
     * Who is signed in, as the page header shows it, the page's CSRF token for htmx to send back, and
     * which of the console's sections the person's roles open (the same roles as the pages themselves).
     */
    @RegisterForReflection
    public record SignedIn(String name, String body, String csrf, boolean oversight, boolean alarms, boolean admin, boolean audit) {

        /** Statistics are read by those who see alarms: supervisors and auditors. */
        public boolean statistics() {
            return alarms;
        }
    }

    private final ConsoleHome home;
    private final CaseListPage caseList;
    private final CasePage casePage;
    private final CaseForms forms;
    private final SitePage sitePage;
    private final SiteCaseForm siteCaseForm;
    private final OversightPage oversightPage;
    private final StatisticsPage statisticsPage;
    private final PublicationPage publicationPage;
    private final InspectionPage inspectionPage;
    private final AdminPage adminPage;
    private final ConflictPage conflictPage;
    private final PersonalDataViewPage personalDataViewPage;
    private final ConsoleResponses responses;
    private final ConsolePages pages;

    ConsoleResource(ConsoleHome home, CaseListPage caseList, CasePage casePage, CaseForms forms, SitePage sitePage, SiteCaseForm siteCaseForm,
            OversightPage oversightPage, StatisticsPage statisticsPage,
            PublicationPage publicationPage, InspectionPage inspectionPage, AdminPage adminPage, ConflictPage conflictPage,
            ConsoleResponses responses, ConsolePages pages, PersonalDataViewPage personalDataViewPage) {
        this.conflictPage = conflictPage;
        this.personalDataViewPage = personalDataViewPage;
        this.adminPage = adminPage;
        this.inspectionPage = inspectionPage;
        this.publicationPage = publicationPage;
        this.statisticsPage = statisticsPage;
        this.sitePage = sitePage;
        this.siteCaseForm = siteCaseForm;
        this.oversightPage = oversightPage;
        this.home = home;
        this.caseList = caseList;
        this.casePage = casePage;
        this.forms = forms;
        this.responses = responses;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.OFFICER })
    public Response home() {
        return page("home", () -> Map.of("jurisdiction", home.jurisdictionName(), "queues", home.queues()));
    }

    /** The cases a home-page queue counts (all cases without one), as the API's case search finds them for the caller (the same roles read it). */
    @GET
    @Path("cases")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response cases(@QueryParam("queue") String queue, @QueryParam("state") String state, @QueryParam("town") String town,
            @QueryParam("sort") String sort, @QueryParam("cursor") String cursor) {
        return page("cases", () -> caseList.data(queue, state, town, sort, cursor));
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response caseFile(@PathParam("id") UUID id) {
        return page("case", () -> casePage.data(id));
    }

    /** The record's verification, loaded by the case page after it is shown (it re-reads every file's hash). */
    @GET
    @Path("cases/{id}/verification")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public String verification(@PathParam("id") UUID id) {
        return pages.render("verification", Map.of("v", casePage.verify(id)));
    }

    /** The party in full, after a reason is given; the look and its reason go on the case's record. */
    @POST
    @Path("cases/{id}/party")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response party(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        // the answer replaces the masked party; a refusal stays in the form, where htmx targets by default
        return answer(() -> Response.ok(pages.render("party", Map.of("party", casePage.revealParty(id, CaseForms.reason(form)), "caseId", id)))
                .header("HX-Retarget", "#party").header("HX-Reswap", "outerHTML").build());
    }

    /** A step of the procedure, with the API's roles for steps. */
    @POST
    @Path("cases/{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    public Response step(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return answer(() -> {
            forms.step(id, form);
            return reloaded();
        });
    }

    /** A fact recorded on the case (approval, opinion, minutes), with the API's roles for events. */
    @POST
    @Path("cases/{id}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER })
    public Response event(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return answer(() -> {
            forms.event(id, form);
            return reloaded();
        });
    }

    /** Discretion oversight for a period (this year so far unless given): supervisors, legal reviewers and auditors. */
    @GET
    @Path("oversight")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR })
    public Response oversight(@QueryParam("from") String from, @QueryParam("to") String to) {
        return page("oversight", () -> oversightPage.data(from, to));
    }

    /** Enforcement statistics for a period (this year so far unless given), for supervisors and auditors. */
    @GET
    @Path("statistics")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return page("statistics", () -> statisticsPage.data(from, to));
    }

    /** The same figures as one CSV table for Excel. */
    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response statisticsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return Response.ok(statisticsPage.csv(from, to), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"statistics.csv\"; filename*=UTF-8''"
                            + URLEncoder.encode("执法统计.csv", StandardCharsets.UTF_8))
                    .build();
        } catch (ApiException e) {
            return ConsoleProblems.of(e, pages);
        }
    }

    /** The publication queue with each decision's public text (the API's roles for the queue). */
    @GET
    @Path("publications")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response publications(@QueryParam("town") String town, @QueryParam("cursor") String cursor) {
        return page("publications", () -> publicationPage.queue(town, cursor));
    }

    @POST
    @Path("publications/{caseId}/publish")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response publish(@PathParam("caseId") UUID caseId) {
        return answer(() -> {
            publicationPage.publish(caseId);
            return reloaded();
        });
    }

    /** Case-file inspections of the caller's towns: supervisors (the towns' own read theirs) and auditors. */
    @GET
    @Path("inspections")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response inspections(@QueryParam("town") String town, @QueryParam("cursor") String cursor) {
        return page("inspections", () -> inspectionPage.list(town, cursor));
    }

    /** A new draw; htmx then opens it. */
    @POST
    @Path("inspections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response draw(MultivaluedMap<String, String> form) {
        return answer(() -> Response.noContent().header("HX-Redirect", "/console/inspections/" + inspectionPage.draw(form)).build());
    }

    @GET
    @Path("inspections/{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response inspection(@PathParam("id") UUID id) {
        return page("inspection", () -> inspectionPage.detail(id));
    }

    @POST
    @Path("inspections/{id}/cases/{caseId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response score(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId, MultivaluedMap<String, String> form) {
        return answer(() -> {
            inspectionPage.score(id, caseId, form);
            return reloaded();
        });
    }

    /** The bureau administrator's overview: officers and certificates, devolved matters, the working-day calendar. */
    @GET
    @Path("admin")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response admin(@QueryParam("town") String town, @QueryParam("lapsing") String lapsing, @QueryParam("cursor") String cursor) {
        return page("admin", () -> adminPage.data(town, lapsing, cursor));
    }

    /** Two versions of one authority's baseline compared row by row. */
    @GET
    @Path("admin/baselines/{authority}")
    @RolesAllowed(Roles.BUREAU_ADMIN)
    public Response baselineChanges(@PathParam("authority") String authority, @QueryParam("from") String from, @QueryParam("to") String to) {
        return page("baseline-diff", () -> adminPage.comparison(authority, from, to));
    }

    /** Sync conflicts (the API's roles: officers their own, supervisors and auditors their jurisdiction's). */
    @GET
    @Path("conflicts")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response conflicts(@QueryParam("status") String status, @QueryParam("town") String town, @QueryParam("cursor") String cursor) {
        return page("conflicts", () -> conflictPage.data(status, town, cursor));
    }

    @POST
    @Path("conflicts/{id}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    public Response resolve(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return answer(() -> {
            conflictPage.resolve(id, form.getFirst("resolution"));
            return reloaded();
        });
    }

    /** An illegal-construction site with its visits, alarms and record (the API's roles for sites). */
    @GET
    @Path("sites/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response site(@PathParam("id") UUID id) {
        return page("site", () -> sitePage.data(id));
    }

    /** The site's party in full, after a reason is given (the API's roles for a site); the look goes on the site's record. */
    @POST
    @Path("sites/{id}/party")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response siteParty(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return answer(() -> Response.ok(pages.render("site-party", Map.of("s", sitePage.revealParty(id, CaseForms.reason(form)))))
                .header("HX-Retarget", "#site-party").header("HX-Reswap", "outerHTML").build());
    }

    /** Who saw which party's personal data, when and why: the auditors' page (the API's roles for it). */
    @GET
    @Path("personal-data-views")
    @RolesAllowed(Roles.AUDITOR)
    public Response personalDataViews() {
        return page("personal-data-views", personalDataViewPage::data);
    }

    /** A search of that list: posted, so an ID number stays out of the address, the history and the logs. */
    @POST
    @Path("personal-data-views")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    public Response searchPersonalDataViews(MultivaluedMap<String, String> form) {
        return answer(() -> Response.ok(pages.render("personal-data-view-rows", personalDataViewPage.search(form))).build());
    }

    /** The site becomes a case (the API's roles for conversion); htmx then opens the case. */
    @POST
    @Path("sites/{id}/case")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.OFFICER, Roles.SUPERVISOR })
    public Response convert(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return answer(() -> Response.noContent().header("HX-Redirect", "/console/cases/" + siteCaseForm.convert(id, form)).build());
    }

    /** The open continued-building and overdue-demolition alarms of the caller's jurisdiction (the API's roles for alarms). */
    @GET
    @Path("alarms")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response alarms(@QueryParam("town") String town, @QueryParam("cursor") String cursor) {
        return page("alarms", () -> sitePage.open(town, cursor));
    }

    @POST
    @Path("alarms/{id}/acknowledgement")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response acknowledge(@PathParam("id") UUID id) {
        return answer(() -> {
            sitePage.acknowledge(id);
            return reloaded();
        });
    }

    private static Response reloaded() {
        return ConsoleResponses.reloaded();
    }

    private Response answer(Supplier<Response> action) {
        return responses.answer(action);
    }

    private Response page(String template, Supplier<Map<String, Object>> data) {
        return responses.page(template, data);
    }
}
