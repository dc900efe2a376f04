package org.fieldlaw.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldlaw.cases.model.ProcedureGates.Refusal;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;

/**
 * A refused action as the page shows it, in the form it was tried from: the same status and every
 * reason the API's problem detail carries, at once.
 */
final class ConsoleProblems {

    private ConsoleProblems() {
    }

    static Response of(ApiException e, ConsolePages pages) {
        Problem problem = e.toProblem();
        List<String> reasons = new ArrayList<>();
        if (problem.extensions().get("refusals") instanceof List<?> refusals) {
            for (Object r : refusals) {
                reasons.add(r instanceof Refusal refusal ? refusal.reason() : String.valueOf(r));
            }
        }
        if (problem.violations != null) {
            problem.violations.forEach(v -> reasons.add(v.message()));
        }
        if (reasons.isEmpty() || !reasons.contains(problem.detail)) {
            reasons.add(0, problem.detail);
        }
        String html = pages.render("problem", Map.of("title", problem.title, "reasons", reasons));
        return Response.status(problem.status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
