package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.patrols.AlarmKind;
import org.fieldlaw.patrols.SiteAlarms;
import org.fieldlaw.patrols.SiteDto.AlarmView;
import org.fieldlaw.patrols.SiteDto.Photo;
import org.fieldlaw.patrols.SiteDto.SiteRecordView;
import org.fieldlaw.patrols.SiteDto.SiteView;
import org.fieldlaw.patrols.SiteDto.VisitView;
import org.fieldlaw.patrols.SiteService;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.security.Roles;

/**
 * An illegal-construction site as a supervisor reads it: its visits side by side with photos and
 * measurements, its status and the article behind it, the alarms its visits raised with the Art 68
 * step they propose, and its record. The patrols module's own services answer, with their scope.
 */
@ApplicationScoped
public class SitePage {

    private static final Map<SiteStatus, String> STATUSES = Map.of(SiteStatus.SUSPECTED, "疑似违建", SiteStatus.CONFIRMED_ILLEGAL, "已认定违建",
            SiteStatus.STOP_ORDER_ISSUED, "已责令停止建设", SiteStatus.CORRECTION_ORDERED, "已责令限期改正", SiteStatus.DEMOLITION_ORDERED,
            "已责令限期拆除", SiteStatus.SEALED, "已查封施工现场", SiteStatus.DEMOLISHED, "已拆除", SiteStatus.LEGALISED, "已补办手续",
            SiteStatus.CLOSED, "已结案");
    private static final Map<String, String> KINDS = Map.of("NEW_BUILDING", "新建", "EXTENSION", "扩建", "ADDED_FLOORS", "加层",
            "ROOFTOP_STRUCTURE", "楼顶搭建", "ENCLOSURE", "围蔽");

    @RegisterForReflection
    public record Visit(int number, String at, String kind, String floors, String area, String height, String building, String permit,
            String notes, List<Picture> photos) {
    }

    @RegisterForReflection
    public record Picture(String href, String filename, String capturedAt, String sha256, boolean image) {
    }

    @RegisterForReflection
    public record Alarm(UUID id, String kind, String raisedAt, boolean open, String acknowledgedAt, List<String> signs, String step, Visit earlier,
            Visit later) {
    }

    @RegisterForReflection
    public record AlarmRow(String href, String kind, String address, String raisedAt, List<String> signs) {
    }

    private final SiteService sites;
    private final SiteAlarms alarms;
    private final Caller caller;
    private final SiteCaseForm caseForm;
    private final PlaceChoices places;
    private final Clock clock;

    SitePage(SiteService sites, SiteAlarms alarms, Caller caller, SiteCaseForm caseForm, PlaceChoices places, Clock clock) {
        this.clock = clock;
        this.places = places;
        this.caseForm = caseForm;
        this.sites = sites;
        this.alarms = alarms;
        this.caller = caller;
    }

    public Map<String, Object> data(UUID id) {
        SiteView s = sites.get(id);
        SiteRecordView record = sites.record(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("s", s);
        data.put("title", s.address());
        data.put("status", status(s.status()));
        data.put("visits", sites.visits(id).stream().map(SitePage::visit).toList());
        data.put("alarms", alarms.ofSite(id).stream().map(SitePage::alarm).toList());
        data.put("entries", record.entries().stream().map(e -> new CasePage.Entry(e.seq(), ConsoleFormat.minute(e.recordedAt()), e.actorName(),
                ConsoleLabels.recordAction(e.action()), "")).toList());
        data.put("intact", record.intact());
        data.put("mayAcknowledge", caller.hasRole(Roles.SUPERVISOR));
        data.put("caseHref", s.caseId() == null ? "" : "/console/cases/" + s.caseId());
        data.put("convert", caseForm.offer(s));
        data.put("inspectionLate", s.nextInspectionDue() != null && s.nextInspectionDue().isBefore(LocalDate.now(clock)));
        return data;
    }

    /** The site's party in full, after a reason is given; the look and its reason go on the site's record. */
    public SiteView revealParty(UUID id, String reason) {
        return sites.reveal(id, reason);
    }

    private static final int PAGE = 50;

    /** The supervisors' queue of open alarms in the caller's jurisdiction (or one town of it), oldest first, a page at a time; each opens its site. */
    public Map<String, Object> open(String town, String cursor) {
        String place = town == null || town.isBlank() ? null : town.trim();
        SiteAlarms.OpenPage page = alarms.open(place, cursor, PAGE);
        List<AlarmRow> rows = page.items().stream().map(a -> new AlarmRow("/console/sites/" + a.siteId(), kind(a.kind()), a.address(),
                ConsoleFormat.minute(a.raisedAt()), a.signs())).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "违建告警");
        data.put("rows", rows);
        data.put("towns", places.under(place));
        data.put("filtered", place != null);
        data.put("next", page.nextCursor() == null ? "" : "/console/alarms?" + (place == null ? "" : "town=" + place + "&") + "cursor=" + page.nextCursor());
        return data;
    }

    public void acknowledge(UUID alarmId) {
        alarms.acknowledge(alarmId);
    }

    static String status(SiteStatus status) {
        return STATUSES.getOrDefault(status, status.name());
    }

    private static String kind(AlarmKind kind) {
        return kind == AlarmKind.CONTINUED_BUILDING ? "边执法边违建" : "限期拆除逾期";
    }

    private static Alarm alarm(AlarmView a) {
        return new Alarm(a.id(), kind(a.kind()), ConsoleFormat.minute(a.raisedAt()), "OPEN".equals(a.status()), ConsoleFormat.minute(a.acknowledgedAt()),
                a.signs(), a.proposedStep(), a.earlierVisit() == null ? null : visit(a.earlierVisit()),
                a.laterVisit() == null ? null : visit(a.laterVisit()));
    }

    private static Visit visit(VisitView v) {
        String building = v.demolitionInProgress() ? "正在拆除" : v.constructionInProgress() ? "正在施工" : "未见施工";
        return new Visit(v.visitNumber(), ConsoleFormat.minute(v.visitedAt()), KINDS.getOrDefault(v.kind(), v.kind()),
                v.floors() == null ? "—" : v.floors() + " 层", measure(v.floorArea(), " 平方米"), measure(v.height(), " 米"), building,
                v.permitStatus() == null ? "" : v.permitStatus(), v.notes() == null ? "" : v.notes(),
                v.photos().stream().map(SitePage::picture).toList());
    }

    private static Picture picture(Photo p) {
        return new Picture("/console/evidence/" + p.evidenceId(), p.filename(), ConsoleFormat.minute(p.capturedAt()), p.sha256(),
                p.mediaType() != null && p.mediaType().startsWith("image/"));
    }

    private static String measure(BigDecimal value, String unit) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + unit;
    }
}
