package org.fieldlaw.patrols;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Texts;
import org.fieldlaw.patrols.PatrolDto.Fix;
import org.fieldlaw.patrols.PatrolDto.PatrolRequest;
import org.fieldlaw.patrols.PatrolDto.PatrolView;
import org.fieldlaw.patrols.PatrolDto.Track;
import org.fieldlaw.patrols.PatrolDto.TrackBatch;
import org.fieldlaw.patrols.PatrolDto.TrackReceipt;
import org.fieldlaw.patrols.model.TrackMerge;
import org.fieldlaw.security.Roles;

/**
 * Patrols and their GPS tracks. The phone names the patrol; a patrol sent again is the same
 * patrol, and its end may be filled in later. Track batches may arrive twice or out of order: each
 * fix is stored once, by its time.
 */
@ApplicationScoped
public class PatrolService {

    public record Saved<T>(T view, boolean created) {
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final PatrolOfficers officers;
    private final Clock clock;

    PatrolService(Caller caller, JurisdictionDirectory directory, PatrolOfficers officers, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.officers = officers;
        this.clock = clock;
    }

    public Saved<PatrolView> put(UUID id, PatrolRequest r) {
        RegisteredOfficer me = caller.officer();
        String place = caller.requireKnownWithin("placeCode", r.placeCode());
        if (new HashSet<>(r.officers()).size() != r.officers().size()) {
            throw ApiException.invalid("officers", "执法人员重复 (an officer is listed twice)");
        }
        if (r.endedAt() != null && r.endedAt().isBefore(r.startedAt())) {
            throw ApiException.invalid("endedAt", "结束时间早于开始时间 (ends before it starts)");
        }
        if (r.startedAt().toInstant().isAfter(clock.instant().plus(TrackMerge.CLOCK_SLACK))) {
            throw ApiException.invalid("startedAt", "开始时间在将来 (starts in the future)");
        }
        if (!r.officers().contains(me.id()) && !caller.hasRole(Roles.SUPERVISOR)) {
            throw ApiException.invalid("officers", "记录巡查的执法人员须在巡查人员之中 (the recording officer must be one of the officers)");
        }
        Callable<Optional<Saved<PatrolView>>> stored = () -> Optional.ofNullable(Patrol.<Patrol>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .map(p -> new Saved<>(again(p, r, place), false));
        return Idempotent.create(() -> {
            Optional<Saved<PatrolView>> again = stored.call();
            if (again.isPresent()) {
                return again.get();
            }
            officers.requireUsable(r.officers(), "officers");
            if (r.assignmentId() != null) {
                PatrolAssignment a = PatrolAssignment.findById(r.assignmentId());
                if (a == null || !caller.covers(a.placeCode) || !directory.tree().isWithin(place, a.placeCode)) {
                    throw ApiException.invalid("assignmentId", "没有覆盖该地点的巡查任务 (no assignment of yours covers this place)");
                }
            }
            Patrol p = new Patrol();
            p.id = id;
            p.assignmentId = r.assignmentId();
            p.placeCode = place;
            p.plannedArea = Texts.blankToNull(r.plannedArea());
            p.startedAt = r.startedAt();
            p.endedAt = r.endedAt();
            p.createdBy = me.id();
            p.officerIds = new ArrayList<>(r.officers());
            p.persistAndFlush();
            return new Saved<>(view(p, 0), true);
        }, stored);
    }

    public PatrolView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Patrol p = visible(id, false);
            return view(p, TrackPoint.count("key.patrolId", id));
        });
    }

    /** Patrols in the caller's jurisdiction that started in [from, to), newest first. */
    public List<PatrolView> list(OffsetDateTime from, OffsetDateTime to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Patrol> found = Patrol.<Patrol>find("placeCode in ?1 and startedAt >= ?2 and startedAt < ?3 order by startedAt desc, id",
                    directory.tree().subtree(caller.jurisdictionCode()), from, to).page(0, 500).list();
            Map<UUID, Long> points = pointCounts(found.stream().map(p -> p.id).toList());
            return found.stream().map(p -> view(p, points.getOrDefault(p.id, 0L))).toList();
        });
    }

    public TrackReceipt addTrack(UUID id, TrackBatch batch) {
        RegisteredOfficer me = caller.officer();
        List<TrackMerge.Fix> fixes = new ArrayList<>();
        for (Fix f : batch.points()) {
            // PostgreSQL keeps microseconds: a resend must find the fix it stored.
            fixes.add(new TrackMerge.Fix(f.at().toInstant().truncatedTo(ChronoUnit.MICROS), f.latitude(), f.longitude(), f.accuracyM()));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            // Locked: two batches of one patrol are merged one after the other.
            Patrol p = visible(id, true);
            if (!p.officerIds.contains(me.id()) && !caller.hasRole(Roles.SUPERVISOR)) {
                throw new ApiException(ProblemType.FORBIDDEN, "只有参加巡查的执法人员可以上传轨迹 (only the patrol's officers upload its track)");
            }
            List<Integer> outside = TrackMerge.outsidePatrol(p.startedAt.toInstant(), p.endedAt == null ? null : p.endedAt.toInstant(),
                    fixes);
            if (!outside.isEmpty()) {
                throw new ApiException(ProblemType.VALIDATION, "轨迹点不在巡查时间内 (fixes outside the patrol's time)", outside.stream()
                        .map(i -> new Problem.Violation("points[" + i + "].at", "不在巡查开始与结束之间 (outside the patrol)")).toList());
            }
            Instant first = fixes.stream().map(TrackMerge.Fix::at).min(Instant::compareTo).orElseThrow();
            Instant last = fixes.stream().map(TrackMerge.Fix::at).max(Instant::compareTo).orElseThrow();
            Map<Instant, TrackMerge.Fix> held = new HashMap<>();
            TrackPoint.<TrackPoint>list("key.patrolId = ?1 and key.recordedAt between ?2 and ?3", id, utc(first), utc(last))
                    .forEach(t -> held.put(t.key.recordedAt().toInstant(), fix(t)));
            TrackMerge.Outcome outcome = TrackMerge.merge(held, fixes);
            for (TrackMerge.Fix f : outcome.added()) {
                TrackPoint t = new TrackPoint();
                t.key = new TrackPoint.Key(id, utc(f.at()));
                t.latitude = f.latitude();
                t.longitude = f.longitude();
                t.accuracyM = f.accuracyM();
                t.persist();
            }
            TrackPoint.flush();
            return new TrackReceipt(fixes.size(), outcome.added().size(), outcome.duplicates(),
                    outcome.conflicting().stream().map(PatrolService::dto).toList(), TrackPoint.count("key.patrolId", id));
        });
    }

    public Track track(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id, false);
            List<TrackMerge.Fix> fixes = TrackPoint.<TrackPoint>list("key.patrolId = ?1 order by key.recordedAt", id).stream()
                    .map(PatrolService::fix).toList();
            List<List<Double>> line = fixes.stream().map(f -> List.of(f.longitude(), f.latitude())).toList();
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "LineString");
            geometry.put("coordinates", line);
            return new Track(id, fixes.stream().map(PatrolService::dto).toList(), Math.round(TrackMerge.metres(fixes) * 10) / 10.0,
                    geometry);
        });
    }

    /** Where a patrol was, whoever asks: for routing a matter about it (a sync conflict) to the supervisors of that place. */
    public Optional<String> placeOf(UUID id) {
        return Patrol.<Patrol>findByIdOptional(id).map(p -> p.placeCode);
    }

    /** A patrol the caller may see, for visits made on it; call inside a transaction. */
    Patrol visible(UUID id, boolean lock) {
        Patrol p = lock ? Patrol.findById(id, LockModeType.PESSIMISTIC_WRITE) : Patrol.findById(id);
        if (p == null || !caller.covers(p.placeCode)) {
            throw ApiException.notFound("巡查 (patrol)", id);
        }
        return p;
    }

    private PatrolView again(Patrol p, PatrolRequest r, String place) {
        if (!caller.covers(p.placeCode)) {
            // The id is taken by a patrol the caller may not see: say so without showing it.
            throw new ApiException(ProblemType.CONFLICT, "该巡查编号已被使用 (this patrol id is taken)");
        }
        boolean same = Objects.equals(p.assignmentId, r.assignmentId()) && p.placeCode.equals(place)
                && Objects.equals(p.plannedArea, Texts.blankToNull(r.plannedArea())) && p.officerIds.equals(r.officers())
                && p.startedAt.toInstant().equals(r.startedAt().toInstant());
        boolean endSame = r.endedAt() == null || p.endedAt != null && p.endedAt.toInstant().equals(r.endedAt().toInstant());
        boolean ending = p.endedAt == null && r.endedAt() != null;
        long points = TrackPoint.count("key.patrolId", p.id);
        if (!same || !endSame && !ending) {
            throw new ApiException(ProblemType.CONFLICT, "同一编号的巡查已以不同内容提交 (a patrol with this id was sent with a different body)")
                    .with("stored", view(p, points)).with("received", r);
        }
        if (ending) {
            Instant lastFix = TrackPoint.<TrackPoint>find("key.patrolId = ?1 order by key.recordedAt desc", p.id).firstResultOptional()
                    .map(t -> t.key.recordedAt().toInstant()).orElse(null);
            if (lastFix != null && lastFix.isAfter(r.endedAt().toInstant().plus(TrackMerge.CLOCK_SLACK))) {
                throw ApiException.invalid("endedAt", "结束时间早于已上传的轨迹点 (ends before fixes already uploaded)");
            }
            p.endedAt = r.endedAt();
            p.persistAndFlush();
        }
        return view(p, points);
    }

    private PatrolView view(Patrol p, long points) {
        return new PatrolView(p.id, p.assignmentId, p.placeCode, p.plannedArea, officers.refs(p.officerIds), p.startedAt, p.endedAt,
                points, p.createdAt, p.updatedAt, p.version);
    }

    private static Map<UUID, Long> pointCounts(List<UUID> patrolIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!patrolIds.isEmpty()) {
            TrackPoint.getEntityManager()
                    .createQuery("select t.key.patrolId, count(t) from TrackPoint t where t.key.patrolId in :ids group by t.key.patrolId",
                            Object[].class)
                    .setParameter("ids", patrolIds).getResultList().forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        }
        return counts;
    }

    private static TrackMerge.Fix fix(TrackPoint t) {
        return new TrackMerge.Fix(t.key.recordedAt().toInstant(), t.latitude, t.longitude, t.accuracyM);
    }

    private static Fix dto(TrackMerge.Fix f) {
        return new Fix(utc(f.at()), f.latitude(), f.longitude(), f.accuracyM());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

}
