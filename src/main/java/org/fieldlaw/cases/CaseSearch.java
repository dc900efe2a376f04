package org.fieldlaw.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        StringBuilder query = new StringBuilder("placeCode in :places");
        Parameters params = Parameters.with("places", places);
        if (state != null) {
            query.append(" and state = :state");
            params.and("state", state);
        }
        if (deviations) {
            // The deviation report: fines proposed outside the range the baseline allowed.
            query.append(" and proposedFine is not null and assessedMin is not null and (proposedFine < assessedMin or proposedFine > assessedMax)");
        }
        String[] after = cursor == null ? null : Cursors.decode(cursor);
        String order;
        if (due != null) {
            LocalDate today = LocalDate.now(clock);
            if (due == Due.OVERDUE) {
                query.append(" and nextDueOn < :today");
                params.and("today", today);
            } else {
                query.append(" and nextDueOn >= :today and nextDueOn <= :soon");
                params.and("today", today).and("soon", today.plusDays(config.dueSoonDays()));
            }
            if (after != null) {
                query.append(" and (nextDueOn > :afterDay or (nextDueOn = :afterDay and id > :afterId))");
                params.and("afterDay", parse(() -> LocalDate.parse(after[0]))).and("afterId", parse(() -> UUID.fromString(after[1])));
            }
            order = " order by nextDueOn, id";
        } else {
            if (after != null) {
                query.append(" and (updatedAt < :afterAt or (updatedAt = :afterAt and id > :afterId))");
                params.and("afterAt", parse(() -> OffsetDateTime.parse(after[0]))).and("afterId", parse(() -> UUID.fromString(after[1])));
            }
            order = " order by updatedAt desc, id";
        }
        List<EnforcementCase> found = EnforcementCase.find(query + order, params).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<EnforcementCase> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            EnforcementCase last = page.get(page.size() - 1);
            next = Cursors.encode(due != null ? last.nextDueOn : last.updatedAt, last.id);
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
