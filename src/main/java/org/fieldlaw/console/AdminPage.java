package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.CalendarDto.YearView;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.DevolutionService;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.BureauKeyList;
import org.fieldlaw.agency.OfficerService;
import org.fieldlaw.discretion.BaselineVersions;
import org.fieldlaw.discretion.model.BaselineDiff;
import org.fieldlaw.agency.model.CertificateStatus;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.JurisdictionTree;

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
    public record Year(int year, boolean loaded, String source, long holidays, long workdays) {
    }

    @RegisterForReflection
    public record Version(String authority, String authorityCode, String level, String name, int version, String effectiveFrom, String receivedAt,
            String kid, String compareHref) {
    }

    @RegisterForReflection
    public record Key(String kid, String body, String registeredAt, String revokedAt) {
    }

    private final OfficerService officers;
    private final BureauKeyList keys;
    private final BaselineVersions baselines;
    private final DevolutionService devolution;
    private final CalendarService calendar;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    AdminPage(OfficerService officers, BureauKeyList keys, BaselineVersions baselines, DevolutionService devolution, CalendarService calendar,
            JurisdictionDirectory directory, Clock clock) {
        this.officers = officers;
        this.keys = keys;
        this.baselines = baselines;
        this.devolution = devolution;
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
    }

    public Map<String, Object> data() {
        LocalDate today = LocalDate.now(clock);
        JurisdictionTree tree = directory.tree();
        Map<String, Object> data = new LinkedHashMap<>();
        List<Officer> list = officers.list(null).stream().map(o -> {
            List<Certificate> certificates = officers.certificates(o.id(), today).stream().map(c -> certificate(c, today)).toList();
            // administrators and reviewers hold none; an officer whose every certificate has lapsed or lapses soon needs one
            boolean warn = !certificates.isEmpty() && certificates.stream().allMatch(c -> c.invalid() || c.expiring());
            return new Officer(o.name(), o.username(), o.body().name(), o.legalQualification(), o.active(), certificates, warn && o.active());
        }).toList();
        data.put("officers", list);
        data.put("warnings", list.stream().filter(Officer::warn).count());
        data.put("matters", devolution.within().stream().map(m -> new Matter(tree.find(m.townCode()).map(JurisdictionTree.Node::name)
                .orElse(m.townCode()), m.matterCode(), m.matterName(), String.valueOf(m.effectiveFrom()),
                m.revokedFrom() == null ? "" : m.revokedFrom().toString(), m.inForceToday())).toList());
        data.put("years", List.of(year(today.getYear()), year(today.getYear() + 1)));
        data.put("bureauKeys", keys.visible().stream().map(k -> new Key(k.kid(), k.bodyName(), ConsoleFormat.minute(k.registeredAt()),
                ConsoleFormat.minute(k.revokedAt()))).toList());
        data.put("versions", versions());
        return data;
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
