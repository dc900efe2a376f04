package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.cases.CaseDto.CasePage;
import org.fieldlaw.cases.CaseDto.CaseSummary;
import org.fieldlaw.cases.CaseQueues;
import org.fieldlaw.cases.CaseSearch;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;

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
    private static final Map<CaseSearch.Order, String> ORDERS = Map.of(CaseSearch.Order.RECENT, "最近变动在前",
            CaseSearch.Order.STALE, "最久未动在前", CaseSearch.Order.DUE, "期限最近在前（仅有期限的案件）");

    private final CaseSearch search;
    private final PlaceChoices places;
    private final Clock clock;

    CaseListPage(CaseSearch search, PlaceChoices places, Clock clock) {
        this.search = search;
        this.places = places;
        this.clock = clock;
    }

    /**
     * A queue's cases (or, with no queue, every case of the jurisdiction, newest change first), narrowed to a town
     * or county and a stage when asked; paged by the search's own cursor, the filters kept from page to page.
     */
    public Map<String, Object> data(String queue, String state, String town, String sort, String cursor) {
        CaseQueues.Queue q = queue == null || queue.isBlank() ? null : queue(queue);
        CaseState stage = Params.enumValue("state", state, CaseState.class);
        String place = town == null || town.isBlank() ? null : town.trim();
        CaseSearch.Filter filter = (q == null ? new CaseSearch.Filter(Set.of(), null, false, false) : q.filter()).in(place);
        if (stage != null) {
            filter = filter.inState(stage);
        }
        CaseSearch.Order order = sort == null || sort.isBlank() ? (filter.due() != null ? CaseSearch.Order.DUE : CaseSearch.Order.RECENT)
                : Params.enumValue("sort", sort, CaseSearch.Order.class);
        CasePage page = search.search(filter, order, cursor, PAGE);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = page.items().stream().map(c -> row(c, today)).toList();
        String filters = (q == null ? "" : "queue=" + q.name().toLowerCase() + "&") + (stage == null ? "" : "state=" + stage.name() + "&")
                + (place == null ? "" : "town=" + place + "&") + (sort == null || sort.isBlank() ? "" : "sort=" + order.name().toLowerCase() + "&");
        Map<String, Object> data = new HashMap<>();
        data.put("title", q == null ? "全部案件" : TITLES.get(q));
        data.put("queue", q == null ? "" : q.name().toLowerCase());
        data.put("rows", rows);
        data.put("next", page.nextCursor() == null ? "" : "/console/cases?" + filters + "cursor=" + page.nextCursor());
        data.put("towns", places.under(place));
        data.put("states", Arrays.stream(CaseState.values()).map(st -> new PlaceChoices.Option(st.name(), ConsoleLabels.state(st), st == stage)).toList());
        data.put("sorts", Arrays.stream(CaseSearch.Order.values())
                .map(o -> new PlaceChoices.Option(o.name().toLowerCase(), ORDERS.get(o), o == order)).toList());
        data.put("filtered", stage != null || place != null || sort != null && !sort.isBlank());
        return data;
    }

    private static Row row(CaseSummary c, LocalDate today) {
        return new Row("/console/cases/" + c.id(), c.caseNumber() == null ? "（未立案）" : c.caseNumber(), ConsoleLabels.state(c.state()),
                c.violationCode(), c.address(), c.partyName(), ConsoleFormat.yuan(c.proposedFine()),
                c.assessedMin() == null ? "" : ConsoleFormat.yuan(c.assessedMin()) + "–" + ConsoleFormat.yuan(c.assessedMax()), c.deviation(), c.nextDueOn(),
                ConsoleLabels.deadline(c.nextDueKind()),
                c.nextDueOn() != null && c.nextDueOn().isBefore(today));
    }

}
