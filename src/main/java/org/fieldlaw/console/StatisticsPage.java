package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterView;
import org.fieldlaw.agency.DevolutionService;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.cases.CaseStatistics;
import org.fieldlaw.cases.CaseStatistics.Figures;
import org.fieldlaw.cases.CaseStatistics.MatterUse;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.patrols.PatrolStatistics;
import org.fieldlaw.patrols.SiteStatistics;

/**
 * Enforcement statistics (执法统计) for a period and the caller's jurisdiction, as a page and as one
 * CSV table for Excel (UTF-8 with a byte-order mark): every figure on the page is a row of the CSV.
 */
@ApplicationScoped
public class StatisticsPage {

    /** One figure: its section, where and when it was counted, what, how many and how much. */
    @RegisterForReflection
    public record Row(String section, String town, String month, String item, long count, String amount, boolean flagged) {
    }

    /** The fields of the city's matter catalogue as a report names them; another field prints as its code. */
    private static final Map<String, String> FIELDS = Map.of("city-management", "城市管理", "planning-construction", "规划建设");

    private final CaseStatistics cases;
    private final SiteStatistics sites;
    private final PatrolStatistics patrols;
    private final DevolutionService devolution;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    StatisticsPage(CaseStatistics cases, SiteStatistics sites, PatrolStatistics patrols, DevolutionService devolution, JurisdictionDirectory directory,
            Clock clock) {
        this.cases = cases;
        this.patrols = patrols;
        this.sites = sites;
        this.devolution = devolution;
        this.directory = directory;
        this.clock = clock;
    }

    public Map<String, Object> data(String fromText, String toText) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = ReportPeriod.of(fromText, toText, today);
        LocalDate from = period.from();
        LocalDate to = period.to();
        CaseStatistics.checkPeriod(from, to);
        List<Row> rows = rows(from, to, today);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from);
        data.put("to", to);
        data.put("sections", rows.stream().collect(Collectors.groupingBy(Row::section, LinkedHashMap::new, Collectors.toList())).entrySet()
                .stream().map(e -> Map.of("name", e.getKey(), "rows", e.getValue())).toList());
        data.put("csv", "/console/statistics.csv?from=" + from + "&to=" + to);
        data.put("rows", rows);
        return data;
    }

    /** The same figures as the page, as CSV text; Excel opens it by the byte-order mark. */
    @SuppressWarnings("unchecked")
    public String csv(String from, String to) {
        List<Row> rows = (List<Row>) data(from, to).get("rows");
        StringBuilder out = new StringBuilder("\uFEFF类别,镇街,月份,项目,数量,金额（元）,提示\r\n");
        for (Row r : rows) {
            out.append(String.join(",", cell(r.section()), cell(r.town()), cell(r.month()), cell(r.item()), String.valueOf(r.count()),
                    cell(r.amount()), cell(r.flagged() ? "十二个月内未办理案件" : ""))).append("\r\n");
        }
        return out.toString();
    }

    private List<Row> rows(LocalDate from, LocalDate to, LocalDate today) {
        JurisdictionTree tree = directory.tree();
        Figures f = cases.figures(from, to);
        List<Row> rows = new ArrayList<>();
        Map<String, Long> byMonthTownField = new TreeMap<>();
        for (CaseStatistics.Opened o : f.opened()) {
            rows.add(new Row("立案（含当场处罚）", tree.nameOf(o.placeCode()), o.month(), FIELDS.getOrDefault(o.field(), o.field()), o.cases(), "", false));
            byMonthTownField.merge(o.month(), o.cases(), Long::sum);
        }
        byMonthTownField.forEach((month, n) -> rows.add(new Row("立案（含当场处罚）", "合计", month, "全部领域", n, "", false)));
        for (CaseStatistics.TypeCount t : f.types()) {
            rows.add(new Row("处罚种类", "", "", typeName(t.type()), t.decisions(), "", false));
        }
        rows.add(new Row("罚款", "", "", "作出处罚决定", f.money().decided(), yuan(f.money().finesDecided()), false));
        rows.add(new Row("罚款", "", "", "已缴纳", f.money().paid(), yuan(f.money().finesPaid()), false));
        CaseStatistics.Outcomes o = f.outcomes();
        rows.add(new Row("裁量", "", "", "作出决定（含不予处罚）", o.decided(), "", false));
        rows.add(new Row("裁量", "", "", "其中罚款", o.withFine(), "", false));
        rows.add(new Row("裁量", "", "", "罚款偏离裁量基准" + (o.withFine() == 0 ? "" : String.format("（%.1f%%）", o.deviations() * 100.0 / o.withFine())),
                o.deviations(), "", false));
        rows.add(new Row("裁量", "", "", "首违不罚", o.firstViolation(), "", false));
        rows.add(new Row("裁量", "", "", "不予处罚（全部）", o.noPenalty(), "", false));
        rows.add(new Row("法制审核", "", "", "审核通过", o.reviewsPassed(), "", false));
        rows.add(new Row("法制审核", "", "", "现待审核", o.reviewsPending(), "", false));
        if (o.reviewDaysAverage() != null) {
            rows.add(new Row("法制审核", "", "", "审核用时：平均（日，送审至审核通过）", o.reviewDaysAverage().setScale(0, java.math.RoundingMode.HALF_UP).longValue(),
                    "", false));
            rows.add(new Row("法制审核", "", "", "审核用时：最长（日）", o.reviewDaysLongest(), "", false));
        }
        PatrolStatistics.Figures p = patrols.figures(from, to);
        rows.add(new Row("巡查", "", "", "巡查任务（在用）", p.activeAssignments(), "", false));
        rows.add(new Row("巡查", "", "", "其中现已逾期未巡查", p.overdueNow(), "", false));
        rows.add(new Row("巡查", "", "", "期间巡查次数", p.patrols(), "", false));
        rows.add(new Row("巡查", "", "", "其中按巡查任务进行", p.patrolsOnAssignments(), "", false));
        SiteStatistics.Figures s = sites.figures(from, to);
        rows.add(new Row("违法建设", "", "", "新发现违建点", s.found(), "", false));
        rows.add(new Row("违法建设", "", "", "责令停止建设", s.stopOrders(), "", false));
        rows.add(new Row("违法建设", "", "", "已拆除", s.demolished(), "", false));
        rows.add(new Row("违法建设", "", "", "边执法边违建告警", s.continuedBuilding(), "", false));
        rows.add(new Row("违法建设", "", "", "限期拆除逾期告警", s.demolitionOverdue(), "", false));
        rows.add(new Row("违法建设", "", "", "现未处理告警", s.alarmsOpenNow(), "", false));
        Map<String, Long> used = new LinkedHashMap<>();
        for (MatterUse u : cases.matterUse(today.minusMonths(12), today)) {
            used.put(u.placeCode() + "|" + u.matterCode(), u.cases());
        }
        for (DevolvedMatterView m : devolution.within().stream().filter(DevolvedMatterView::inForceToday).toList()) {
            long n = used.getOrDefault(m.townCode() + "|" + m.matterCode(), 0L);
            rows.add(new Row("下放事项（近十二个月）", tree.nameOf(m.townCode()), "", m.matterName() + "（" + m.matterCode() + "，" + m.effectiveFrom() + " 起）",
                    n, "", n == 0));
        }
        return rows;
    }

    private static String typeName(String type) {
        try {
            return PenaltyType.valueOf(type).zh();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }


    private static String yuan(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break; a leading formula sign is neutralised for Excel. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
