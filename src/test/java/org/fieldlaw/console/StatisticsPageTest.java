package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.cases.EnforcementCase;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.Test;

/**
 * Enforcement statistics for the People's Congress: the page and its CSV for Excel (UTF-8 with a
 * byte-order mark) carry the same figures, counted for the caller's jurisdiction; a devolved matter
 * no case used in twelve months is flagged (the seed's towns that cannot carry devolved powers).
 */
@QuarkusTest
class StatisticsPageTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    /** The CSV's rows as cells: 类别, 镇街, 月份, 项目, 数量, 金额, 提示. */
    static List<List<String>> parse(String csv) {
        assertTrue(csv.startsWith("\uFEFF类别,镇街,月份,项目,数量,金额（元）,提示\r\n"), "the byte-order mark and the header");
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.substring(1).split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            assertEquals(7, cells.size(), line);
            rows.add(cells);
        }
        return rows.subList(1, rows.size());
    }

    static List<String> row(List<List<String>> rows, String section, String item) {
        return rows.stream().filter(r -> r.get(0).equals(section) && r.get(3).startsWith(item)).findFirst()
                .orElse(List.of(section, "", "", item, "0", "0.00", ""));
    }

    private static void decidedAt(int fine) {
        CaseApi.decided(CaseApi.newParty(), fine);
    }

    @Test
    void theCsvCarriesTheFiguresOfThePageAndCountsADecisionWhenItIsMade() throws Exception {
        bureaus.ensureSampleBaselines();
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        List<List<String>> before = parse(supervisor.get("/console/statistics.csv").body());
        decidedAt(120);
        HttpResponse<String> download = supervisor.get("/console/statistics.csv");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "a CSV");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "downloaded, not shown");
        List<List<String>> after = parse(download.body());
        List<String> decidedBefore = row(before, "罚款", "作出处罚决定");
        List<String> decidedAfter = row(after, "罚款", "作出处罚决定");
        assertEquals(Long.parseLong(decidedBefore.get(4)) + 1, Long.parseLong(decidedAfter.get(4)));
        assertEquals(new BigDecimal(decidedBefore.get(5)).add(new BigDecimal("120.00")), new BigDecimal(decidedAfter.get(5)));
        assertTrue(Long.parseLong(row(after, "处罚种类", "罚款").get(4)) >= 1);
        String month = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        assertTrue(after.stream().anyMatch(r -> r.get(0).startsWith("立案") && r.get(1).equals("白沙街道") && r.get(2).equals(month)
                && r.get(3).equals("城市管理") && Long.parseLong(r.get(4)) >= 1), "the case filed today counts in this month, by town and field");
        // every figure of the CSV is on the page
        String page = supervisor.get("/console/statistics").body();
        assertTrue(page.contains("作出处罚决定") && page.contains(decidedAfter.get(5)), "the page shows the same sum");
    }

    @Test
    void aDevolvedMatterNoCaseUsedInTwelveMonthsIsFlaggedAndAUsedOneIsNot() throws Exception {
        bureaus.ensureSampleBaselines();
        decidedAt(110);
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        List<List<String>> matters = parse(supervisor.get("/console/statistics.csv").body()).stream()
                .filter(r -> r.get(0).startsWith("下放事项")).toList();
        assertTrue(matters.stream().filter(m -> m.get(1).equals("白沙街道") && m.get(3).contains("440700-CG-0")).count() >= 10,
                "白沙's ten city-management matters, and any other test granted");
        for (List<String> m : matters) {
            assertEquals("0".equals(m.get(4)), "十二个月内未办理案件".equals(m.get(6)), "flagged exactly when no case used it: " + m);
        }
        List<String> vending = matters.stream().filter(m -> m.get(3).contains("440700-CG-001")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(vending.get(4)) >= 1 && vending.get(6).isEmpty(), vending.toString());
        List<String> balconies = matters.stream().filter(m -> m.get(3).contains("440700-CG-010")).findFirst().orElseThrow();
        assertEquals("十二个月内未办理案件", balconies.get(6), "no case in the tests is of 440700-CG-010");
    }

    @Test
    void theLegalReviewTurnaroundAndThePatrolsOfThePeriodAreCounted() throws Exception {
        bureaus.ensureSampleBaselines();
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        List<List<String>> before = parse(supervisor.get("/console/statistics.csv").body());
        // a case sent to legal review thirty days ago whose review passes today
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        CaseApi.step(id, "FILED").statusCode(200);
        CaseApi.step(id, "INVESTIGATING").statusCode(200);
        CaseApi.step(CaseApi.officer(), id, Map.of("to", "PROPOSED", "proposedFine", 120, "legalReviewRequired", true)).statusCode(200);
        CaseApi.step(id, "NOTIFIED").statusCode(200);
        CaseApi.event(CaseApi.officer(), id, Map.of("kind", "NOTICE_WAIVER", "text", "当事人书面放弃陈述申辩。")).statusCode(200);
        CaseApi.step(id, "LEGAL_REVIEW").statusCode(200);
        LocalDate sent = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(30);
        QuarkusTransaction.requiringNew().run(() -> EnforcementCase.update("legalReviewRequestedOn = ?1 where id = ?2", sent, id));
        CaseApi.event(CaseApi.as(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER), id, Map.of("kind", "LEGAL_REVIEW", "passed", true,
                "text", "事实清楚，证据确凿，适用依据正确，程序合法。")).statusCode(200);
        // a patrol today, on no assignment
        MapPageTest.patrolToday();

        List<List<String>> after = parse(supervisor.get("/console/statistics.csv").body());
        assertEquals(Long.parseLong(row(before, "法制审核", "审核通过").get(4)) + 1, Long.parseLong(row(after, "法制审核", "审核通过").get(4)));
        assertTrue(Long.parseLong(row(after, "法制审核", "审核用时：最长").get(4)) >= 30, "the review that took thirty days: " + after);
        assertTrue(Long.parseLong(row(after, "法制审核", "审核用时：平均").get(4)) >= 1, "an average over the passed reviews");
        assertEquals(Long.parseLong(row(before, "巡查", "期间巡查次数").get(4)) + 1, Long.parseLong(row(after, "巡查", "期间巡查次数").get(4)));
        assertEquals(row(before, "巡查", "其中按巡查任务进行").get(4), row(after, "巡查", "其中按巡查任务进行").get(4), "not on an assignment");
        assertTrue(supervisor.get("/console/statistics").body().contains("审核用时"), "the page shows the turnaround");
    }

    @Test
    void statisticsAreForSupervisorsAndAuditorsOfTheirOwnJurisdiction() throws Exception {
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        List<List<String>> theirs = parse(encheng.get("/console/statistics.csv").body());
        assertTrue(theirs.stream().noneMatch(r -> r.get(1).equals("白沙街道")), "白沙's figures are not 恩城's");
        assertEquals(400, encheng.get("/console/statistics.csv?from=2026-02-01&to=2026-01-01").statusCode());
        assertEquals(400, encheng.get("/console/statistics?from=2026-13-01").statusCode());
        assertEquals(200, ConsoleBrowser.signIn(provider, base, AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get("/console/statistics").statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER).get("/console/statistics.csv")
                .statusCode());
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).get("/console/statistics")
                .statusCode());
    }

    @Test
    void aCellThatExcelWouldReadAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", StatisticsPage.cell("=HYPERLINK(\"x\")"));
        assertEquals("'-1", StatisticsPage.cell("-1"));
        assertEquals("\"a,b\"", StatisticsPage.cell("a,b"));
    }
}
