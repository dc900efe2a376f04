package org.fieldlaw.patrols;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Versions;
import org.fieldlaw.patrols.SiteDto.SiteRecordView;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.patrols.SiteDto.StatusRequest;
import org.fieldlaw.patrols.SiteDto.VisitView;
import org.fieldlaw.patrols.model.Reinspection;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.privacy.PersonalDataViews;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordDto.Reading;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordVerifier;

/**
 * Illegal-construction sites in the caller's jurisdiction: read them, their visits and their
 * record, and move them from one status to the next as {@link SiteStatus} allows. Sites of other
 * jurisdictions are answered as not found.
 */
@ApplicationScoped
public class SiteService {

    private final Caller caller;
    private final SiteViews views;
    private final RecordAppender records;
    private final RecordVerifier verifier;
    private final JurisdictionDirectory directory;
    private final CalendarService calendar;
    private final PatrolConfig config;
    private final Clock clock;
    private final PersonalDataViews personalDataViews;

    SiteService(Caller caller, SiteViews views, RecordAppender records, RecordVerifier verifier, JurisdictionDirectory directory,
            CalendarService calendar, PatrolConfig config, Clock clock, PersonalDataViews personalDataViews) {
        this.caller = caller;
        this.views = views;
        this.records = records;
        this.verifier = verifier;
        this.directory = directory;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
        this.personalDataViews = personalDataViews;
    }

    public SiteView changeStatus(UUID siteId, long expectedVersion, StatusRequest r) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = visible(siteId, true);
            Versions.check(site.version, expectedVersion, views.of(site));
            if (!site.status.next().contains(r.status())) {
                throw new ApiException(ProblemType.CONFLICT, "地块状态不能从 " + site.status + " 变为 " + r.status()
                        + " (allowed next: " + site.status.next() + ")");
            }
            if (r.status().restrainedAfterDeadline() && r.orderDeadline() == null) {
                throw ApiException.invalid("orderDeadline", "限期改正或限期拆除须写明期限 (an order with a deadline needs orderDeadline)");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("from", site.status);
            detail.put("to", r.status());
            detail.put("orderDeadline", r.orderDeadline() == null ? null : r.orderDeadline().toString());
            records.append(SiteRecordOwner.of(site.id), caller.officer().actor(), RecordLine.of(RecordActions.STATUS_CHANGED, detail));
            site.status = r.status();
            site.orderDeadline = r.status().restrainedAfterDeadline() ? r.orderDeadline() : null;
            site.stopOrderedOn = SiteStatus.stopOrderAfter(r.status(), site.stopOrderedOn, LocalDate.now(clock));
            site.nextInspectionDue = reinspection().nextDue(site.status, LocalDate.now(clock));
            site.persistAndFlush();
            return views.of(site);
        });
    }

    public SiteView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> views.of(visible(id, false)));
    }

    /** The site with its party in full; who looked goes into the site's record and the auditors' list first. */
    public SiteView reveal(UUID id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = visible(id, false);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("fields", List.of("party"));
            if (reason != null) {
                detail.put("reason", reason);
            }
            records.append(SiteRecordOwner.of(site.id), caller.officer().actor(), RecordLine.of(RecordActions.PERSONAL_DATA_VIEWED, detail));
            personalDataViews.record(new PersonalDataViews.Reveal(SiteRecordOwner.KIND, site.id, site.placeCode, site.partyIdentifier,
                    List.of("party"), reason));
            return views.revealed(site);
        });
    }

    /** Sites of a place inside the caller's jurisdiction (the whole of it by default), last changed first. */
    public List<SiteView> list(SiteStatus status, String place, boolean inspectionOverdue) {
        String area = caller.areaOf("place", place);
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder q = new StringBuilder("placeCode in ?1");
            List<Object> params = new ArrayList<>(List.of(directory.tree().subtree(area)));
            if (status != null) {
                params.add(status);
                q.append(" and status = ?").append(params.size());
            }
            if (inspectionOverdue) {
                params.add(LocalDate.now(clock));
                q.append(" and nextInspectionDue < ?").append(params.size());
            }
            return views.of(Site.<Site>find(q + " order by updatedAt desc, id", params.toArray()).page(0, 500).list());
        });
    }

    public List<VisitView> visits(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(siteId, false);
            return views.ofVisits(SiteVisit.ofSite(siteId));
        });
    }

    /** The site's full-process record, and whether its hash chain is intact. */
    public SiteRecordView record(UUID siteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(siteId, false);
            Reading reading = verifier.read(siteId);
            return new SiteRecordView(siteId, reading.entries(), reading.intact(), reading.brokenAt(), reading.reason());
        });
    }

    /** Where a site is, whoever asks: for routing a matter about it (a sync conflict) to the supervisors of that place. */
    public Optional<String> placeOf(UUID id) {
        return Site.<Site>findByIdOptional(id).map(s -> s.placeCode);
    }

    /** A site the caller may see, locked when it is to change; inside a transaction. */
    Site visible(UUID id, boolean lock) {
        Site site = lock ? Site.findById(id, LockModeType.PESSIMISTIC_WRITE) : Site.findById(id);
        if (site == null || !caller.covers(site.placeCode)) {
            throw ApiException.notFound("地块 (site)", id);
        }
        return site;
    }

    Reinspection reinspection() {
        return new Reinspection(calendar.calendar(), config.reinspectionWorkingDays());
    }
}
