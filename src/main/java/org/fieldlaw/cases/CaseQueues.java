package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.cases.CaseSearch.Due;
import org.fieldlaw.cases.CaseSearch.Filter;
import org.fieldlaw.cases.model.CaseState;

/** How many cases wait on whom, in the caller's jurisdiction: the work queues a supervisor's day starts from. */
@ApplicationScoped
public class CaseQueues {

    /** A queue and the cases it holds; its list is {@link CaseSearch#search(Filter, String, int)} with the same filter. */
    public enum Queue {
        /** Reasons written for a fine outside the range, waiting for a supervisor's approval. */
        APPROVALS(new Filter(Set.of(CaseState.PROPOSED, CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
                CaseState.COLLECTIVE_DISCUSSION), null, false, true)),
        /** Notified, and not decided yet (APL Art 57). */
        DECISIONS(new Filter(Set.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW, CaseState.COLLECTIVE_DISCUSSION),
                null, false, false)),
        REVIEWS(Filter.of(CaseState.LEGAL_REVIEW, null, false)),
        DISCUSSIONS(Filter.of(CaseState.COLLECTIVE_DISCUSSION, null, false)),
        OVERDUE(Filter.of(null, Due.OVERDUE, false)),
        SOON(Filter.of(null, Due.SOON, false));

        private final Filter filter;

        Queue(Filter filter) {
            this.filter = filter;
        }

        public Filter filter() {
            return filter;
        }
    }

    private final CaseSearch search;

    CaseQueues(CaseSearch search) {
        this.search = search;
    }

    @Transactional
    public Map<Queue, Long> counts() {
        List<Long> found = search.counts(Arrays.stream(Queue.values()).map(Queue::filter).toList());
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        for (Queue q : Queue.values()) {
            counts.put(q, found.get(q.ordinal()));
        }
        return counts;
    }
}
