package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.cases.CaseOversight;
import org.fieldlaw.cases.CaseOversight.Report;
import org.fieldlaw.cases.CaseOversight.ViolationRow;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.Violation;

/**
 * Discretion oversight (裁量监督) for a period: where decided fines lie against the baseline's range
 * per violation (a bar per fifth of the range, and beyond it), the deviation rate per town and per
 * officer, how often 首违不罚, 从轻, 减轻 and no penalty were applied, and the deviating cases to open.
 */
@ApplicationScoped
public class OversightPage {

    private static final String[] POSITIONS = { "低于下限", "0–20%", "20–40%", "40–60%", "60–80%", "80–100%", "高于上限" };
    private static final int CHART_HEIGHT = 70;
    /** A deviation rate above this is shown in red: one fine in ten outside the range asks for a look. */
    private static final double HIGH_RATE = 0.10;

    @RegisterForReflection
    public record Town(String name, long decided, long withFine, long deviations, String rate, boolean high, long firstViolation, long lighter,
            long mitigated, long noPenalty) {
    }

    @RegisterForReflection
    public record Officer(String name, long decided, long deviations, String rate, boolean high) {
    }

    /** One bar of a violation's chart: its place in the SVG and what it counts. */
    @RegisterForReflection
    public record Bar(int x, int y, int height, long count, String label, boolean outside) {

        public int middle() {
            return x + 18;
        }

        public int above() {
            return y - 3;
        }
    }

    @RegisterForReflection
    public record Chart(String code, String name, long fines, long outside, List<Bar> bars) {
    }

    @RegisterForReflection
    public record Deviation(String href, String number, String town, String violation, LocalDate decidedOn, String fine, String range,
            String reasons, boolean approved) {
    }

    private final CaseOversight oversight;
    private final JurisdictionDirectory directory;
    private final AgencyRegister register;
    private final ViolationCatalogue catalogue;
    private final Caller caller;
    private final Clock clock;

    OversightPage(CaseOversight oversight, JurisdictionDirectory directory, AgencyRegister register, ViolationCatalogue catalogue, Caller caller,
            Clock clock) {
        this.oversight = oversight;
        this.directory = directory;
        this.register = register;
        this.catalogue = catalogue;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Map<String, Object> data(String fromText, String toText) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = ReportPeriod.of(fromText, toText, today);
        LocalDate from = period.from();
        LocalDate to = period.to();
        Report report = oversight.report(from, to, 100);
        JurisdictionTree tree = directory.tree();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from);
        data.put("to", to);
        data.put("towns", report.towns().stream().map(t -> new Town(tree.nameOf(t.placeCode()), t.decided(), t.withFine(), t.deviations(),
                rate(t.deviations(), t.withFine()), high(t.deviations(), t.withFine()), t.firstViolation(), t.lighter(), t.mitigated(),
                t.noPenalty())).toList());
        data.put("officers", report.officers().stream().map(o -> new Officer(register.officer(o.officerId()).map(RegisteredOfficer::name)
                .orElse(o.officerId().toString()), o.decided(), o.deviations(), rate(o.deviations(), o.decided()),
                high(o.deviations(), o.decided()))).toList());
        data.put("charts", report.violations().stream().map(this::chart).toList());
        data.put("deviations", report.deviations().stream().map(d -> new Deviation("/console/cases/" + d.caseId(), d.caseNumber(),
                tree.nameOf(d.placeCode()), violationName(d.violationCode()), d.decidedOn(), ConsoleFormat.yuan(d.fine()),
                ConsoleFormat.yuan(d.assessedMin()) + "–" + ConsoleFormat.yuan(d.assessedMax()), d.reasons() == null ? "（未写明理由）" : d.reasons(),
                d.approved())).toList());
        data.put("total", report.towns().stream().mapToLong(CaseOversight.TownRow::decided).sum());
        return data;
    }

    private Chart chart(ViolationRow v) {
        long max = v.positions().values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < POSITIONS.length; i++) {
            int position = i - 1;
            long count = v.positions().getOrDefault(position, 0L);
            int height = (int) Math.round((double) count * CHART_HEIGHT / Math.max(1, max));
            bars.add(new Bar(8 + i * 44, 10 + CHART_HEIGHT - height, height, count, POSITIONS[i],
                    position == CaseOversight.BELOW || position == CaseOversight.ABOVE));
        }
        long outside = v.positions().getOrDefault(CaseOversight.BELOW, 0L) + v.positions().getOrDefault(CaseOversight.ABOVE, 0L);
        return new Chart(v.violationCode(), violationName(v.violationCode()), v.fines(), outside, bars);
    }

    private String violationName(String code) {
        return catalogue.violationOf(caller.jurisdictionCode(), LocalDate.now(clock), code).map(Violation::name).orElse(code);
    }


    private static String rate(long part, long whole) {
        return whole == 0 ? "—" : String.format("%.1f%%", part * 100.0 / whole);
    }

    private static boolean high(long part, long whole) {
        return whole > 0 && (double) part / whole > HIGH_RATE;
    }
}
