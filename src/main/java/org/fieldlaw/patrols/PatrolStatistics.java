package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.Clocks;
import org.fieldlaw.patrols.PatrolDto.AssignmentView;

/**
 * The patrol figures of enforcement statistics in the caller's jurisdiction: the active assignments, those
 * overdue now (their next patrol's working day has passed), and the patrols of the period, on an assignment or not.
 */
@ApplicationScoped
public class PatrolStatistics {

    public record Figures(long activeAssignments, long overdueNow, long patrols, long patrolsOnAssignments) {
    }

    private final AssignmentService assignments;
    private final Caller caller;
    private final JurisdictionDirectory directory;

    PatrolStatistics(AssignmentService assignments, Caller caller, JurisdictionDirectory directory) {
        this.assignments = assignments;
        this.caller = caller;
        this.directory = directory;
    }

    public Figures figures(LocalDate from, LocalDate to) {
        List<AssignmentView> all = assignments.list(false);
        long active = all.stream().filter(AssignmentView::active).count();
        long overdue = all.stream().filter(AssignmentView::overdue).count();
        long[] patrols = patrols(from, to);
        return new Figures(active, overdue, patrols[0], patrols[1]);
    }

    @Transactional
    long[] patrols(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime();
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*), count(*) filter (where assignment_id is not null)
                  from patrol where place_code in (:places) and started_at >= :start and started_at < :end""", Object[].class)
                .setParameter("places", directory.tree().subtree(caller.jurisdictionCode())).setParameter("start", start).setParameter("end", end)
                .getSingleResult();
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }
}
