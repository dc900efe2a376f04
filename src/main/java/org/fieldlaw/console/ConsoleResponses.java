package org.fieldlaw.console;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.console.ConsoleResource.SignedIn;
import org.fieldlaw.security.Roles;

/** How every console resource answers: a whole page with its header, an action's outcome, or a refusal shown where it was asked. */
@ApplicationScoped
public class ConsoleResponses {

    private final Caller caller;
    private final ConsoleCsrf csrf;
    private final ConsolePages pages;

    ConsoleResponses(Caller caller, ConsoleCsrf csrf, ConsolePages pages) {
        this.caller = caller;
        this.csrf = csrf;
        this.pages = pages;
    }

    /** After an accepted action htmx reloads the page, so everything on it reads the case as it now is. */
    static Response reloaded() {
        return Response.noContent().header("HX-Refresh", "true").build();
    }

    /** An action's answer, or its refusal rendered where the form was, with the API's status. */
    Response answer(Supplier<Response> action) {
        try {
            return action.get();
        } catch (ApiException e) {
            return ConsoleProblems.of(e, pages);
        }
    }

    /**
     * A file the console hands out (a PDF, a case file, evidence), opened in a tab of its own: a refusal before the
     * bytes start (not found, not yet, bad paper) is the whole error page, with the API's status and reasons.
     */
    Response file(Supplier<Response> answer) {
        try {
            return answer.get();
        } catch (ApiException refused) {
            return page("error", () -> {
                throw refused;
            });
        }
    }

    /** A whole page; a problem (a case not found, a bad filter) is a page too, with the API's status and reasons. */
    Response page(String template, Supplier<Map<String, Object>> data) {
        Map<String, Object> all = new HashMap<>();
        RegisteredOfficer me = caller.officer();
        boolean supervisor = caller.hasRole(Roles.SUPERVISOR);
        boolean auditor = caller.hasRole(Roles.AUDITOR);
        all.put("me", new SignedIn(me.name(), me.body().name(), csrf.token(), supervisor || auditor || caller.hasRole(Roles.LEGAL_REVIEWER),
                supervisor || auditor, caller.hasRole(Roles.BUREAU_ADMIN), auditor));
        try {
            all.putAll(data.get());
            return Response.ok(pages.render(template, all)).build();
        } catch (ApiException e) {
            all.put("problem", new RawString((String) ConsoleProblems.of(e, pages).getEntity()));
            return Response.status(e.type().status()).entity(pages.render("error", all)).build();
        }
    }
}
