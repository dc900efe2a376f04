package org.fieldlaw.patrols;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Texts;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.PatrolDto.AssignmentRequest;
import org.fieldlaw.patrols.PatrolDto.AssignmentView;
import org.fieldlaw.patrols.PatrolService.Saved;
import org.fieldlaw.patrols.model.PatrolSchedule;

/** Supervisors' patrol assignments: an area, how often (working days), by whom; and whether the area is overdue. */
@ApplicationScoped
public class AssignmentService {

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final CalendarService calendar;
    private final PatrolOfficers officers;
    private final Clock clock;

    AssignmentService(Caller caller, JurisdictionDirectory directory, CalendarService calendar, PatrolOfficers officers, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.calendar = calendar;
        this.officers = officers;
        this.clock = clock;
    }

    /** Creates the assignment under the caller's id, returns it unchanged on a resend, or changes it with If-Match. */
    public Saved<AssignmentView> put(UUID id, String ifMatch, AssignmentRequest r) {
        String place = caller.requireKnownWithin("placeCode", r.placeCode());
        List<UUID> assigned = r.officers() == null ? List.of() : r.officers();
        Callable<Saved<AssignmentView>> put = () -> {
            PatrolAssignment a = PatrolAssignment.findById(id, LockModeType.PESSIMISTIC_WRITE);
            boolean created = a == null;
            if (created) {
                a = new PatrolAssignment();
                a.id = id;
                a.assignedBy = caller.officer().id();
            } else {
                if (!caller.covers(a.placeCode)) {
                    throw new ApiException(ProblemType.CONFLICT, "该任务编号已被使用 (this assignment id is taken)");
                }
                if (sameAs(a, r, place, assigned)) {
                    return new Saved<>(view(a, lastPatrols(List.of(a.id)).get(a.id)), false);
                }
                Versions.check(a.version, Versions.required(ifMatch), view(a, lastPatrols(List.of(a.id)).get(a.id)));
            }
            officers.requireUsable(assigned, "officers");
            a.placeCode = place;
            a.areaName = r.areaName().trim();
            a.route = Texts.blankToNull(r.route());
            a.everyWorkingDays = r.everyWorkingDays();
            a.active = !Boolean.FALSE.equals(r.active());
            a.officerIds = new HashSet<>(assigned);
            a.persistAndFlush();
            return new Saved<>(view(a, lastPatrols(List.of(a.id)).get(a.id)), created);
        };
        // A create that lost a race with a copy of itself is answered as if it came after it.
        return Idempotent.create(put, () -> Optional.of(put.call()));
    }

    /** Removes an assignment on which no patrol was made (a patrolled one is kept for its history: set it inactive). */
    public void delete(UUID id, String ifMatch) {
        long expected = Versions.required(ifMatch);
        QuarkusTransaction.requiringNew().run(() -> {
            PatrolAssignment a = PatrolAssignment.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (a == null || !caller.covers(a.placeCode)) {
                throw ApiException.notFound("巡查任务 (patrol assignment)", id);
            }
            Versions.check(a.version, expected, view(a, lastPatrols(List.of(id)).get(id)));
            if (Patrol.count("assignmentId", id) > 0) {
                throw new ApiException(ProblemType.CONFLICT, "已有巡查按该任务进行，不能删除，请改为停用 (patrols were made on it: set it inactive instead)");
            }
            a.delete();
        });
    }

    public AssignmentView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PatrolAssignment a = PatrolAssignment.findById(id);
            if (a == null || !caller.covers(a.placeCode)) {
                throw ApiException.notFound("巡查任务 (patrol assignment)", id);
            }
            return view(a, lastPatrols(List.of(id)).get(id));
        });
    }

    /** Assignments in the caller's jurisdiction; {@code overdueOnly}: active ones whose next patrol is late. */
    public List<AssignmentView> list(boolean overdueOnly) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PatrolAssignment> found = PatrolAssignment.list("placeCode in ?1 order by placeCode, areaName, id",
                    directory.tree().subtree(caller.jurisdictionCode()));
            Map<UUID, OffsetDateTime> last = lastPatrols(found.stream().map(a -> a.id).toList());
            return found.stream().map(a -> view(a, last.get(a.id))).filter(v -> !overdueOnly || v.overdue()).toList();
        });
    }

    private static boolean sameAs(PatrolAssignment a, AssignmentRequest r, String place, List<UUID> assigned) {
        return a.placeCode.equals(place) && a.areaName.equals(r.areaName().trim()) && Objects.equals(a.route, Texts.blankToNull(r.route()))
                && a.everyWorkingDays == r.everyWorkingDays() && a.active == !Boolean.FALSE.equals(r.active())
                && a.officerIds.equals(new HashSet<>(assigned));
    }

    private AssignmentView view(PatrolAssignment a, OffsetDateTime lastPatrol) {
        PatrolSchedule schedule = new PatrolSchedule(calendar.calendar());
        LocalDate assignedOn = a.createdAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate due = schedule.nextDue(a.everyWorkingDays, assignedOn,
                lastPatrol == null ? null : lastPatrol.atZoneSameInstant(clock.getZone()).toLocalDate());
        boolean overdue = a.active && schedule.overdue(due, LocalDate.now(clock));
        return new AssignmentView(a.id, a.placeCode, a.areaName, a.route, a.everyWorkingDays, officers.refs(a.officerIds.stream().sorted().toList()),
                a.active, a.assignedBy, lastPatrol, a.active ? due : null, overdue, a.createdAt, a.updatedAt, a.version);
    }

    private static Map<UUID, OffsetDateTime> lastPatrols(List<UUID> assignmentIds) {
        Map<UUID, OffsetDateTime> last = new HashMap<>();
        if (!assignmentIds.isEmpty()) {
            Patrol.getEntityManager()
                    .createQuery("select p.assignmentId, max(p.startedAt) from Patrol p where p.assignmentId in :ids group by p.assignmentId",
                            Object[].class)
                    .setParameter("ids", assignmentIds).getResultList().forEach(r -> last.put((UUID) r[0], (OffsetDateTime) r[1]));
        }
        return last;
    }
}
