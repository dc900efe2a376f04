package org.fieldlaw.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.model.CaseState;

/** How many cases wait on whom, in the caller's jurisdiction: the work queues a supervisor's day starts from. */
@ApplicationScoped
public class CaseQueues {

    /** Counts per queue; "due" counts the earliest open legal deadline of each case. */
    public record Counts(long awaitingDecision, long deviationsToApprove, long legalReviews, long collectiveDiscussions,
            long dueSoon, long overdue) {
    }

    private static final List<CaseState> BEFORE_DECISION = List.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
            CaseState.COLLECTIVE_DISCUSSION);

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final CaseConfig config;
    private final Clock clock;

    CaseQueues(Caller caller, JurisdictionDirectory directory, CaseConfig config, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Counts counts() {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        LocalDate today = LocalDate.now(clock);
        return new Counts(
                count("state in :states", Parameters.with("states", BEFORE_DECISION), places),
                count("deviationReasons is not null and deviationApprovedBy is null and state in :states",
                        Parameters.with("states", List.of(CaseState.PROPOSED, CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
                                CaseState.COLLECTIVE_DISCUSSION)), places),
                count("state = :state and legalReviewPassedOn is null", Parameters.with("state", CaseState.LEGAL_REVIEW), places),
                count("state = :state and collectiveDiscussionOn is null", Parameters.with("state", CaseState.COLLECTIVE_DISCUSSION), places),
                count("nextDueOn >= :today and nextDueOn <= :soon",
                        Parameters.with("today", today).and("soon", today.plusDays(config.dueSoonDays())), places),
                count("nextDueOn < :today", Parameters.with("today", today), places));
    }

    private static long count(String where, Parameters params, List<String> places) {
        return EnforcementCase.count("placeCode in :places and " + where, params.and("places", places));
    }
}
