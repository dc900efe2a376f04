package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.discretion.AssessmentDto.AssessmentView;

/**
 * The one way another feature opens a case: from facts it supplies (a confirmed illegal-construction
 * site), inside its own transaction, so the case and the feature's link to it commit together. The
 * request is checked, digested and recorded exactly as a phone's create; an id already taken is a
 * 409 (the feature answers its own resends from its link to the case). Lines the feature adds to the
 * new case's record go through the record appender with {@link CaseRecordOwner#of}.
 */
@ApplicationScoped
public class CaseOpening {

    /** The case as the API shows it, with the discretion assessment for it today. */
    public record Opened(CaseView view, AssessmentView assessment) {
    }

    private final CaseService cases;
    private final CaseViews views;
    private final CaseAssessor assessor;
    private final Clock clock;

    CaseOpening(CaseService cases, CaseViews views, CaseAssessor assessor, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.assessor = assessor;
        this.clock = clock;
    }

    /** Inside the caller's transaction. */
    public Opened open(UUID id, CaseRequest facts) {
        return opened(cases.createInTransaction(id, facts));
    }

    /** A case opened before, as it stands now; inside the caller's transaction. */
    public Opened opened(UUID id) {
        return opened(cases.visible(id));
    }

    private Opened opened(EnforcementCase c) {
        return new Opened(views.of(c, false), assessor.assess(c, LocalDate.now(clock)));
    }
}
