package org.fieldlaw.cases;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.CaseDto.CasePage;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;

/**
 * Cases in the caller's jurisdiction, newest change first, or by the next legal deadline when
 * asked for those due soon or overdue. Keyset cursors, so a page never repeats or skips a case
 * that stays put.
 */
@ApplicationScoped
public class CaseSearch {

    public enum Due {
        SOON, OVERDUE
    }

    /**
     * Which cases: any of {@code states} (empty: all), by deadline, outside the assessed range, or with a
     * deviation whose reasons wait for a supervisor's approval; {@code place} narrows the caller's jurisdiction
     * to one town or county in it (null: all of it). The API's filters and the console's queues are all this
     * one record, so a queue's count and its list cannot disagree.
     */
    public record Filter(Set<CaseState> states, Due due, boolean deviations, boolean awaitingApproval, String place) {

        public Filter {
            states = states == null ? Set.of() : Set.copyOf(states);
        }

        public Filter(Set<CaseState> states, Due due, boolean deviations, boolean awaitingApproval) {
            this(states, due, deviations, awaitingApproval, null);
        }

        /** The same filter inside one place of the caller's jurisdiction. */
        public Filter in(String place) {
            return new Filter(states, due, deviations, awaitingApproval, place);
        }

        /** The same filter for cases in one state only. */
        public Filter inState(CaseState state) {
            return new Filter(Set.of(state), due, deviations, awaitingApproval, place);
        }

        public static Filter of(CaseState state, Due due, boolean deviations) {
            return new Filter(state == null ? Set.of() : Set.of(state), due, deviations, false);
        }
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final CaseViews views;
    private final CaseConfig config;
    private final Clock clock;

    CaseSearch(Caller caller, JurisdictionDirectory directory, CaseViews views, CaseConfig config, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.views = views;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CasePage search(CaseState state, Due due, boolean deviations, String cursor, int limit) {
        return search(Filter.of(state, due, deviations), cursor, limit);
    }

    /** How many cases the filter finds in the caller's jurisdiction. */
    @Transactional
    public long count(Filter filter) {
        return counts(List.of(filter)).get(0);
    }

    /**
     * How many cases each filter finds in the caller's jurisdiction, one indexed count per filter (V24: state and
     * deadline indexes with the place): at a city's 100,000 cases six such counts cost less than one pass over
     * all of them (bench/README.md).
     */
    @Transactional
    public List<Long> counts(List<Filter> filters) {
        List<Long> counts = new ArrayList<>();
        for (Filter filter : filters) {
            StringBuilder where = new StringBuilder();
            Parameters params = where(filter, where);
            counts.add(EnforcementCase.count(where.toString(), params));
        }
        return counts;
    }

    private Parameters where(Filter filter, StringBuilder query) {
        Parameters params = Parameters.with("places", directory.tree().subtree(caller.areaOf("town", filter.place())));
        String condition = condition(filter, params);
        query.append("placeCode in :places").append(condition.isEmpty() ? "" : " and " + condition);
        return params;
    }

    /** The filter as a condition on a case, its parameters added to {@code params}; empty when it takes every case. */
    private String condition(Filter filter, Parameters params) {
        List<String> terms = new ArrayList<>();
        if (!filter.states().isEmpty()) {
            terms.add("state in :states");
            params.and("states", filter.states());
        }
        if (filter.deviations()) {
            // The deviation report: fines proposed outside the range the baseline allowed.
            terms.add("proposedFine is not null and assessedMin is not null and (proposedFine < assessedMin or proposedFine > assessedMax)");
        }
        if (filter.awaitingApproval()) {
            terms.add("deviationReasons is not null and deviationApprovedBy is null");
        }
        if (filter.due() != null) {
            LocalDate today = LocalDate.now(clock);
            if (filter.due() == Due.OVERDUE) {
                terms.add("nextDueOn < :today");
            } else {
                terms.add("nextDueOn >= :today and nextDueOn <= :soon");
                params.and("soon", today.plusDays(config.dueSoonDays()));
            }
            params.and("today", today);
        }
        return String.join(" and ", terms);
    }

    @Transactional
    public CasePage search(Filter filter, String cursor, int limit) {
        return search(filter, filter.due() != null ? Order.DUE : Order.RECENT, cursor, limit);
    }

    /**
     * The order of a list: the latest change first (the default), the longest untouched first (where work
     * stalls), or the nearest deadline first, which lists only cases that have one.
     */
    public enum Order {
        RECENT, STALE, DUE
    }

    @Transactional
    public CasePage search(Filter filter, Order order, String cursor, int limit) {
        StringBuilder query = new StringBuilder();
        Parameters params = where(filter, query);
        String[] after = cursor == null ? null : Cursors.decode(cursor);
        if (after != null) {
            query.append(switch (order) {
                case DUE -> " and (nextDueOn > :afterKey or (nextDueOn = :afterKey and id > :afterId))";
                case RECENT -> " and (updatedAt < :afterKey or (updatedAt = :afterKey and id > :afterId))";
                case STALE -> " and (updatedAt > :afterKey or (updatedAt = :afterKey and id < :afterId))";
            });
            params.and("afterKey", order == Order.DUE ? parse(() -> LocalDate.parse(after[0])) : parse(() -> OffsetDateTime.parse(after[0])))
                    .and("afterId", parse(() -> UUID.fromString(after[1])));
        }
        if (order == Order.DUE && filter.due() == null) {
            query.append(" and nextDueOn is not null");
        }
        // each order reads an index of V21, V23 and V24 in its own direction
        query.append(switch (order) {
            case DUE -> " order by nextDueOn, id";
            case RECENT -> " order by updatedAt desc, id";
            case STALE -> " order by updatedAt, id desc";
        });
        List<EnforcementCase> found = EnforcementCase.find(query.toString(), params).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<EnforcementCase> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            EnforcementCase last = page.get(page.size() - 1);
            next = Cursors.encode(order == Order.DUE ? last.nextDueOn : last.updatedAt, last.id);
        }
        return new CasePage(page.stream().map(views::summary).toList(), next);
    }

    private static <T> T parse(Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "无法识别的游标 (unreadable cursor)");
        }
    }
}
