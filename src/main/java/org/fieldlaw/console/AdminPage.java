package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.BureauKeyList;
import org.fieldlaw.agency.CalendarDto.YearView;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.DevolutionService;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.OfficerDto.OfficerView;
import org.fieldlaw.agency.OfficerRoster;
import org.fieldlaw.agency.model.CertificateStatus;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.discretion.BaselineVersions;
import org.fieldlaw.discretion.model.BaselineDiff;

/**
 * The bureau administrator's overview (管理): officers and their enforcement certificates (those
 * whose every certificate has lapsed or lapses within 60 days highlighted: an officer without a valid
 * certificate cannot take part in a case, APL Art 42), the
 * matters devolved to each town with their dates, and whether the working-day calendar of this year
 * and the next is loaded (every legal deadline is counted on it).
 */
@ApplicationScoped
public class AdminPage {

    private static final int EXPIRY_WARNING_DAYS = 60;
    private static final int PAGE = 50;

    @RegisterForReflection
    public record Certificate(String number, String validTo, String status, boolean expiring, boolean invalid) {
    }

    @RegisterForReflection
    public record Officer(String name, String username, String body, boolean legalQualification, boolean active, List<Certificate> certificates,
            boolean warn) {
    }

    @RegisterForReflection
    public record Matter(String town, String code, String name, String from, String revokedFrom, boolean inForce) {
    }

    @RegisterForReflection
    public record TownMatters(String href, String town, long inForce, long takenBack, long coming) {
    }

    @RegisterForReflection
    public record Year(int year, boolean loaded, String source, long holidays, long workdays) {
    }

    @RegisterForReflection
    public record Version(String authority, String authorityCode, String level, String name, int version, String effectiveFrom, String receivedAt,
            String kid, String compareHref) {
    }

    @RegisterForReflection
    public record Key(String kid, String body, String registeredAt, String revokedAt) {
    }

    private final OfficerRoster roster;
    private final PlaceChoices places;
    private final BureauKeyList keys;
    private final BaselineVersions baselines;
    private final DevolutionService devolution;
    private final CalendarService calendar;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    AdminPage(OfficerRoster roster, PlaceChoices places, BureauKeyList keys, BaselineVersions baselines, DevolutionService devolution, CalendarService calendar,
            JurisdictionDirectory directory, Clock clock) {
        this.roster = roster;
        this.places = places;
        this.keys = keys;
        this.baselines = baselines;
        this.devolution = devolution;
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The overview, its officers narrowed to a town or county and, when asked, to those needing a certificate,
     * a page at a time; a town's devolved matters when a town is chosen, otherwise each town's count.
     */
    public Map<String, Object> data(String town, String lapsing, String cursor) {
        String place = town == null || town.isBlank() ? null : town.trim();
        boolean lapsingOnly = lapsing != null && !lapsing.isBlank();
        LocalDate today = LocalDate.now(clock);
        JurisdictionTree tree = directory.tree();
        Map<String, Object> data = new LinkedHashMap<>();
        OfficerRoster.Page page = roster.page(place, lapsingOnly, EXPIRY_WARNING_DAYS, cursor, PAGE);
        data.put("officers", page.items().stream().map(e -> officer(e, today)).toList());
        data.put("warnings", roster.lapsing(EXPIRY_WARNING_DAYS));
        data.put("towns", places.under(place));
        data.put("lapsingOnly", lapsingOnly);
        data.put("filtered", place != null || lapsingOnly);
        data.put("next", page.nextCursor() == null ? "" : "/console/admin?" + (place == null ? "" : "town=" + place + "&")
                + (lapsingOnly ? "lapsing=1&" : "") + "cursor=" + page.nextCursor() + "#officers");
        boolean oneTown = place != null && tree.find(place).map(n -> n.level() == JurisdictionLevel.TOWN).orElse(false);
        data.put("townName", oneTown ? tree.nameOf(place) : "");
        data.put("matters", oneTown ? devolution.ofTown(place).stream().map(m -> new Matter(tree.nameOf(m.townCode()), m.matterCode(),
                m.matterName(), String.valueOf(m.effectiveFrom()), m.revokedFrom() == null ? "" : m.revokedFrom().toString(), m.inForceToday()))
                .toList() : List.of());
        List<String> area = place == null ? null : tree.subtree(place);
        data.put("townMatters", oneTown ? List.of() : devolution.perTown().stream().filter(t -> area == null || area.contains(t.townCode()))
                .map(t -> new TownMatters("/console/admin?town=" + t.townCode() + "#matters", tree.nameOf(t.townCode()), t.inForce(), t.takenBack(),
                        t.coming())).toList());
        data.put("years", List.of(year(today.getYear()), year(today.getYear() + 1)));
        data.put("bureauKeys", keys.visible().stream().map(k -> new Key(k.kid(), k.bodyName(), ConsoleFormat.minute(k.registeredAt()),
                ConsoleFormat.minute(k.revokedAt()))).toList());
        data.put("versions", versions());
        return data;
    }

    private static Officer officer(OfficerRoster.Entry e, LocalDate today) {
        List<Certificate> certificates = e.certificates().stream().map(c -> certificate(c, today)).toList();
        // administrators and reviewers hold none; an officer whose every certificate has lapsed or lapses soon needs one
        boolean warn = !certificates.isEmpty() && certificates.stream().allMatch(c -> c.invalid() || c.expiring());
        OfficerView o = e.officer();
        return new Officer(o.name(), o.username(), o.body().name(), o.legalQualification(), o.active(), certificates, warn && o.active());
    }

    private Year year(int year) {
        YearView v = calendar.yearView(year);
        return new Year(year, v.scheduleLoaded(), v.source() == null ? "" : v.source(),
                v.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count(), v.days().stream().filter(d -> d.kind() == DayKind.WORKDAY).count());
    }

    private static Certificate certificate(CertificateView c, LocalDate today) {
        boolean invalid = c.status() != CertificateStatus.VALID;
        boolean expiring = !invalid && c.validTo() != null && !c.validTo().isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
        return new Certificate(c.number(), String.valueOf(c.validTo()), c.statusName(), expiring, invalid);
    }

    /** Each version with a link comparing it with the one before it, where there is one. */
    private List<Version> versions() {
        List<BaselineVersions.VersionView> all = baselines.versions();
        List<Version> rows = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            BaselineVersions.VersionView v = all.get(i);
            BaselineVersions.VersionView before = i + 1 < all.size() && all.get(i + 1).authorityCode().equals(v.authorityCode()) ? all.get(i + 1) : null;
            rows.add(new Version(v.authorityName(), v.authorityCode(), LEVELS.getOrDefault(v.level(), v.level()), v.baselineName(), v.version(),
                    v.effectiveFrom().toString(), ConsoleFormat.minute(v.receivedAt()), v.kid(), before == null ? ""
                            : "/console/admin/baselines/" + v.authorityCode() + "?from=" + before.version() + "&to=" + v.version()));
        }
        return rows;
    }

    private static final Map<String, String> LEVELS = Map.of("PROVINCE", "省级", "CITY", "市级", "COUNTY", "县级");

    @RegisterForReflection
    public record Change(String kind, String rowId, String violationCode, List<BaselineDiff.Field> fields) {
    }

    /** Two versions of one authority's baseline side by side, row by row. */
    public Map<String, Object> comparison(String authority, String from, String to) {
        int older = org.fieldlaw.common.Params.requiredInt("from", from, 1, Integer.MAX_VALUE);
        int newer = org.fieldlaw.common.Params.requiredInt("to", to, 1, Integer.MAX_VALUE);
        BaselineVersions.Comparison c = baselines.compare(authority, older, newer);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", c.newer().authorityName() + "裁量基准 第 " + older + " 版与第 " + newer + " 版");
        data.put("c", c);
        data.put("authority", authority);
        data.put("available", baselines.versions().stream().filter(v -> v.authorityCode().equals(authority)).map(BaselineVersions.VersionView::version)
                .toList());
        data.put("from", older);
        data.put("to", newer);
        data.put("changes", c.changes().stream().map(ch -> new Change(switch (ch.kind()) {
            case ADDED -> "新增";
            case REMOVED -> "删除";
            case CHANGED -> "修改";
        }, ch.rowId(), ch.violationCode(), ch.fields())).toList());
        return data;
    }
}
