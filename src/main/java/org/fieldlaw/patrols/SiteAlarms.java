package org.fieldlaw.patrols;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.CaseRecordOwner;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.patrols.model.ContinuedBuilding;
import org.fieldlaw.patrols.model.OverdueDemolition;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;

/**
 * The continued-building alarm (边执法边违建): raised by the service from two visits, queued for
 * the supervisors of the place, acknowledged by one of them. Each goes on the site's record, and
 * on the record of the case the site became, where it became one.
 */
@ApplicationScoped
public class SiteAlarms {

    /** What the law lets the county do next (Planning Law Art 68). */
    static final String ART_68_STEP = "依《城乡规划法》第六十八条：报请县级以上人民政府责令查封施工现场、强制拆除 "
            + "(Planning Law Art 68: ask the county government to seal the site and demolish by force)";

    private static final String OPEN_IN_PLACES = "status = ?1 and siteId in (select s.id from Site s where s.placeCode in ?2)";

    private final Caller caller;
    private final SiteService sites;
    private final SiteViews views;
    private final RecordAppender records;
    private final JurisdictionDirectory directory;
    private final ObjectMapper mapper;
    private final Clock clock;

    SiteAlarms(Caller caller, SiteService sites, SiteViews views, RecordAppender records, JurisdictionDirectory directory,
            ObjectMapper mapper, Clock clock) {
        this.caller = caller;
        this.sites = sites;
        this.views = views;
        this.records = records;
        this.directory = directory;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Inside the visit's transaction, the site locked: the alarm the rule found, in the queue and on the records. */
    SiteAlarm raise(Site site, SiteVisit earlier, SiteVisit later, ContinuedBuilding.Alarm found) {
        SiteAlarm alarm = opened(site, AlarmKind.CONTINUED_BUILDING, found.signs(), a -> {
            a.earlierVisitId = earlier.id;
            a.laterVisitId = later.id;
        });
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("alarmId", alarm.id.toString());
        detail.put("earlierVisitId", earlier.id.toString());
        detail.put("laterVisitId", later.id.toString());
        detail.put("signs", found.signs());
        detail.put("proposedStep", ART_68_STEP);
        onRecords(site, RecordLine.of(RecordActions.CONTINUED_BUILDING_ALARM, detail).at(later.latitude, later.longitude));
        return alarm;
    }

    /** A new open alarm of the site with the Art 68 step, what only its kind adds filled in by {@code kindOwn}. */
    private SiteAlarm opened(Site site, AlarmKind kind, List<String> signs, Consumer<SiteAlarm> kindOwn) {
        SiteAlarm alarm = new SiteAlarm();
        alarm.id = UUID.randomUUID();
        alarm.siteId = site.id;
        alarm.kind = kind;
        kindOwn.accept(alarm);
        alarm.signs = StoredJson.write(mapper, signs);
        alarm.proposedStep = ART_68_STEP;
        alarm.status = AlarmStatus.OPEN;
        alarm.raisedAt = OffsetDateTime.now(clock);
        alarm.persist();
        return alarm;
    }

    /**
     * A demolition order run out of time (Planning Law Art 68), found by the sweep: once per order, in
     * the queue of the place's supervisors and on the site's record (and its case's), raised by the service.
     * The site is locked first, so two replicas sweeping at once raise it once.
     */
    boolean raiseOverdue(UUID siteId, LocalDate today) {
        Site site = Site.findById(siteId, LockModeType.PESSIMISTIC_WRITE);
        Optional<String> sign = site == null ? Optional.empty() : OverdueDemolition.sign(site.status, site.orderDeadline, today);
        if (sign.isEmpty() || SiteAlarm.count("siteId = ?1 and kind = ?2 and orderDeadline = ?3", site.id, AlarmKind.DEMOLITION_OVERDUE,
                site.orderDeadline) > 0) {
            return false;
        }
        SiteAlarm alarm = opened(site, AlarmKind.DEMOLITION_OVERDUE, List.of(sign.get()), a -> a.orderDeadline = site.orderDeadline);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("alarmId", alarm.id.toString());
        detail.put("orderDeadline", site.orderDeadline.toString());
        detail.put("signs", List.of(sign.get()));
        detail.put("proposedStep", ART_68_STEP);
        onRecords(site, RecordLine.of(RecordActions.DEMOLITION_OVERDUE_ALARM, detail));
        return true;
    }

    /** Raised by the service, not by an officer: the site's record says so, and the case's where the site became one. */
    private void onRecords(Site site, RecordLine line) {
        records.append(SiteRecordOwner.of(site.id), Actor.SYSTEM, line);
        if (site.caseId != null) {
            records.append(CaseRecordOwner.of(site.caseId), Actor.SYSTEM, RecordLine.of(line.action(), line.detail()));
        }
    }

    /** The supervisors' queue: open alarms in the caller's jurisdiction, oldest first. */
    public List<AlarmView> open() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> places = directory.tree().subtree(caller.jurisdictionCode());
            return viewsOf(SiteAlarm.list(OPEN_IN_PLACES + " order by raisedAt", AlarmStatus.OPEN, places));
        });
    }

    /** A page of the queue and the cursor of the next one (null at the end). */
    public record OpenPage(List<AlarmView> items, String nextCursor) {
    }

    /** The queue a page at a time, oldest first, narrowed to one town or county of the caller's jurisdiction when asked. */
    public OpenPage open(String place, String cursor, int limit) {
        String area = caller.areaOf("town", place);
        Cursors.After<OffsetDateTime> after = Cursors.after(cursor, OffsetDateTime::parse);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> places = directory.tree().subtree(area);
            List<SiteAlarm> found = after == null
                    ? SiteAlarm.<SiteAlarm>find(OPEN_IN_PLACES + " order by raisedAt, id", AlarmStatus.OPEN, places).page(0, limit + 1).list()
                    : SiteAlarm.<SiteAlarm>find(OPEN_IN_PLACES + " and (raisedAt > ?3 or (raisedAt = ?3 and id > ?4)) order by raisedAt, id",
                            AlarmStatus.OPEN, places, after.key(), after.id()).page(0, limit + 1).list();
            boolean more = found.size() > limit;
            List<SiteAlarm> page = more ? found.subList(0, limit) : found;
            SiteAlarm last = more ? page.get(page.size() - 1) : null;
            return new OpenPage(viewsOf(page), last == null ? null : Cursors.encode(last.raisedAt, last.id));
        });
    }

    /** Alarms as the queue shows them, their sites read in one query; inside a transaction. */
    private List<AlarmView> viewsOf(List<SiteAlarm> alarms) {
        Map<UUID, Site> sitesById = new HashMap<>();
        List<UUID> siteIds = alarms.stream().map(a -> a.siteId).distinct().toList();
        if (!siteIds.isEmpty()) {
            Site.<Site>list("id in ?1", siteIds).forEach(site -> sitesById.put(site.id, site));
        }
        return views.alarms(alarms, sitesById);
    }

    /** How many alarms wait in the caller's queue: the count alone, without reading their visits and photos. */
    public long openCount() {
        return QuarkusTransaction.requiringNew().call(
                () -> SiteAlarm.count(OPEN_IN_PLACES, AlarmStatus.OPEN, directory.tree().subtree(caller.jurisdictionCode())));
    }

    /** The alarms of one site, oldest first. */
    public List<AlarmView> ofSite(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = sites.visible(siteId, false);
            return views.alarms(SiteAlarm.list("siteId = ?1 order by raisedAt", siteId), Map.of(site.id, site));
        });
    }

    public AlarmView acknowledge(UUID alarmId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SiteAlarm a = SiteAlarm.findById(alarmId, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw ApiException.notFound("告警 (alarm)", alarmId);
            }
            Site site = sites.visible(a.siteId, true);
            if (a.status != AlarmStatus.OPEN) {
                throw new ApiException(ProblemType.CONFLICT, "告警已处理 (the alarm was acknowledged already)");
            }
            a.status = AlarmStatus.ACKNOWLEDGED;
            a.acknowledgedBy = caller.officer().id();
            a.acknowledgedAt = OffsetDateTime.now(clock);
            RecordLine line = RecordLine.of(RecordActions.ALARM_ACKNOWLEDGED, Map.of("alarmId", a.id.toString()));
            records.append(SiteRecordOwner.of(site.id), caller.officer().actor(), line);
            if (site.caseId != null) {
                records.append(CaseRecordOwner.of(site.caseId), caller.officer().actor(), line);
            }
            return views.of(a, site);
        });
    }
}
