package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldlaw.cases.CaseDto.CasePage;
import org.fieldlaw.cases.CaseDto.CaseSummary;
import org.fieldlaw.cases.CaseQueues;
import org.fieldlaw.cases.CaseSearch;
import org.fieldlaw.common.ApiException;

/** The list a home-page queue opens: the same search the API answers, as rows an officer reads. */
@ApplicationScoped
public class CaseListPage {

    /** The list titles of the case queues; the filters are the cases module's own ({@link CaseQueues.Queue}). */
    static final Map<CaseQueues.Queue, String> TITLES = Map.of(
            CaseQueues.Queue.APPROVALS, "待批准的偏离裁量基准", CaseQueues.Queue.DECISIONS, "待作出处罚决定",
            CaseQueues.Queue.REVIEWS, "待法制审核", CaseQueues.Queue.DISCUSSIONS, "待集体讨论",
            CaseQueues.Queue.OVERDUE, "已逾期的法定期限", CaseQueues.Queue.SOON, "三个工作日内到期");

    static String href(CaseQueues.Queue queue) {
        return "/console/cases?queue=" + queue.name().toLowerCase();
    }

    static CaseQueues.Queue queue(String text) {
        for (CaseQueues.Queue q : CaseQueues.Queue.values()) {
            if (q.name().equalsIgnoreCase(text)) {
                return q;
            }
        }
        throw ApiException.invalid("queue", "没有该待办 (no such queue): " + text);
    }

    /** One case as the list shows it; the party's name arrives masked from the case module. */
    @RegisterForReflection
    public record Row(String href, String number, String state, String violation, String address, String party, String fine, String range,
            boolean deviation, LocalDate due, String dueKind, boolean overdue) {
    }

    private static final int PAGE = 50;

    private final CaseSearch search;
    private final Clock clock;

    CaseListPage(CaseSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    public Map<String, Object> data(String queue, String cursor) {
        CaseQueues.Queue q = queue(queue);
        CasePage page = search.search(q.filter(), cursor, PAGE);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = page.items().stream().map(c -> row(c, today)).toList();
        String next = page.nextCursor() == null ? null : href(q) + "&cursor=" + page.nextCursor();
        return Map.of("title", TITLES.get(q), "rows", rows, "next", next == null ? "" : next);
    }

    private static Row row(CaseSummary c, LocalDate today) {
        return new Row("/console/cases/" + c.id(), c.caseNumber() == null ? "（未立案）" : c.caseNumber(), ConsoleLabels.state(c.state()),
                c.violationCode(), c.address(), c.partyName(), ConsoleFormat.yuan(c.proposedFine()),
                c.assessedMin() == null ? "" : ConsoleFormat.yuan(c.assessedMin()) + "–" + ConsoleFormat.yuan(c.assessedMax()), c.deviation(), c.nextDueOn(),
                ConsoleLabels.deadline(c.nextDueKind()),
                c.nextDueOn() != null && c.nextDueOn().isBefore(today));
    }

}
