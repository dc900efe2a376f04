package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.Point;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.cases.model.DueDates;
import org.fieldlaw.cases.model.ProcedureGates.Refusal;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * What every step and every recorded fact of the procedure does alike: the day it happened, the
 * deadlines that follow from it, the new version the phone must send next, its line on the record,
 * and the refusal that names every reason at once.
 */
@ApplicationScoped
class CaseSteps {

    private final CaseRules rules;
    private final RecordAppender records;
    private final Clock clock;

    CaseSteps(CaseRules rules, RecordAppender records, Clock clock) {
        this.rules = rules;
        this.records = records;
        this.clock = clock;
    }

    /** The day a step is dated: today unless given, never in the future, never before the act. */
    LocalDate day(LocalDate on, EnforcementCase c) {
        LocalDate today = LocalDate.now(clock);
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw ApiException.invalid("on", "不能晚于今天 (cannot be in the future)");
        }
        if (on.isBefore(c.actDate)) {
            throw ApiException.invalid("on", "不能早于违法行为发生之日 (before the act date)");
        }
        return on;
    }

    /** Stores the case after an accepted step or fact, and writes its line on the record in the same transaction. */
    void finish(EnforcementCase c, RegisteredOfficer by, String action, Map<String, ?> detail, Point position) {
        var next = rules.dueDates().next(CaseViews.dates(c));
        c.nextDueOn = next.map(DueDates.Deadline::due).orElse(null);
        c.nextDueKind = next.map(d -> d.kind().name()).orElse(null);
        // Every accepted step or event changes the version the phone must send next, even one that only records.
        c.updatedAt = OffsetDateTime.now(clock);
        c.persistAndFlush();
        RecordLine line = RecordLine.of(action, detail);
        records.append(CaseRecordOwner.of(c.id), by.actor(),
                position == null ? line : line.at(position.latitude(), position.longitude()));
    }

    static ApiException refused(CaseState from, CaseState to, List<Refusal> refusals) {
        String detail = from == to ? "此项记录不被允许 (this entry is not allowed now)"
                : "不能从 " + from + " 进入 " + to + " (the procedure does not allow this step now)";
        return new ApiException(ProblemType.PROCEDURE_REFUSED, detail).with("refusals", refusals);
    }
}
