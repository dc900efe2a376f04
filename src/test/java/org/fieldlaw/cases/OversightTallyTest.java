package org.fieldlaw.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The oversight tallies (V25) are the count over the decided cases whatever happens to a case, and the
 * oversight report reads the same from them as from the cases themselves.
 */
@QuarkusTest
class OversightTallyTest {

    /** The tally's counts, per month, town and violation, as the cases give them. */
    private static final String COUNTED_FROM_CASES = """
            select (k).month, (k).place_code, (k).violation_code, sum((k).decided), sum((k).with_fine), sum((k).deviations),
                   sum((k).first_violation), sum((k).lighter), sum((k).mitigated), sum((k).no_penalty), sum((k).below_range),
                   sum((k).fifth_1), sum((k).fifth_2), sum((k).fifth_3), sum((k).fifth_4), sum((k).fifth_5), sum((k).above_range)
              from (select oversight_counts(c) as k from enforcement_case c where decided_on is not null) counted group by 1, 2, 3""";
    private static final String TALLIED = """
            select month, place_code, violation_code, decided, with_fine, deviations, first_violation, lighter, mitigated, no_penalty,
                   below_range, fifth_1, fifth_2, fifth_3, fifth_4, fifth_5, above_range from oversight_tally""";
    private static final String OFFICERS_FROM_CASES = """
            select date_trunc('month', c.decided_on)::date, c.place_code, o.officer_id, count(*), sum((oversight_counts(c)).deviations)
              from enforcement_case c join case_officer o on o.case_id = c.id where c.decided_on is not null group by 1, 2, 3""";
    private static final String OFFICERS_TALLIED = "select month, place_code, officer_id, decided, deviations from oversight_officer_tally";

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CaseOversight oversight;

    @Inject
    JurisdictionDirectory directory;

    @Inject
    Clock clock;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    /** Rows keyed by their first three columns; rows whose counts are all zero are no rows. */
    private static Map<String, List<Long>> rows(Statement s, String sql) throws SQLException {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Long> counts = new ArrayList<>();
                for (int i = 4; i <= columns; i++) {
                    counts.add(rs.getLong(i));
                }
                if (counts.stream().anyMatch(n -> n != 0)) {
                    rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), counts);
                }
            }
        }
        return rows;
    }

    private static void assertTalliesMatchTheCases(Statement s, String when) throws SQLException {
        Map<String, List<Long>> counted = rows(s, COUNTED_FROM_CASES);
        assertFalse(counted.isEmpty(), "decided cases to count");
        assertEquals(counted, rows(s, TALLIED), "per month, town and violation, " + when);
        assertEquals(rows(s, OFFICERS_FROM_CASES), rows(s, OFFICERS_TALLIED), "per month, town and officer, " + when);
    }

    @Test
    void theTalliesAreTheCountOverTheDecidedCasesWhateverHappensToACase() throws SQLException {
        UUID inRange = CaseApi.decided(CaseApi.newParty(), 120);
        UUID above = CaseApi.decided(CaseApi.newParty(), 180);
        UUID none = CaseApi.noPenalty();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertTalliesMatchTheCases(s, "as the service decided them");
            c.setAutoCommit(false);
            try {
                // what no service path does today, done behind its back: each counted column changed, a decision undone, officers moved
                s.executeUpdate("update enforcement_case set decided_on = decided_on - 62, decided_fine = 90 where id = '" + inRange + "'");
                s.executeUpdate("update enforcement_case set place_code = (select code from jurisdiction where level = 'TOWN' and code <> place_code"
                        + " order by code limit 1), assessed_tier = 'LIGHTER' where id = '" + above + "'");
                s.executeUpdate("update enforcement_case set no_penalty_reason = 'FIRST_VIOLATION' where id = '" + none + "'");
                assertTalliesMatchTheCases(s, "after decided cases were moved and changed");
                s.executeUpdate("delete from case_officer where case_id = '" + none + "' and position = 0");
                s.executeUpdate("delete from case_officer where case_id = '" + above + "' and position = 1");
                s.executeUpdate("update case_officer set case_id = '" + none + "' where case_id = '" + above + "'");
                assertTalliesMatchTheCases(s, "after officers left and moved between decided cases");
                s.executeUpdate("update enforcement_case set decided_on = null where id = '" + inRange + "'");
                assertTalliesMatchTheCases(s, "after a decision was undone");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            assertTalliesMatchTheCases(s, "after the changes were rolled back");
        }
    }

    @Test
    void theReportReadsTheSameFromWholeMonthsAsFromTheCasesThemselves() throws SQLException {
        CaseApi.decided(CaseApi.newParty(), 130);
        CaseApi.decided(CaseApi.newParty(), 60);
        CaseApi.noPenalty();
        LocalDate today = LocalDate.now(clock);
        LocalDate month = today.withDayOfMonth(1);
        List<LocalDate[]> periods = List.of(new LocalDate[] { month, month.plusMonths(1).minusDays(1) }, // one whole month: the tally alone
                new LocalDate[] { today, today }, // one day: the cases alone
                new LocalDate[] { month.minusMonths(2).plusDays(3), month.plusMonths(1).minusDays(1) }, // edge days and whole months
                new LocalDate[] { month.minusMonths(11), today }); // a year
        List<String> places = directory.tree().subtree(AgencyFixture.JIANGMEN);
        for (LocalDate[] p : periods) {
            CaseOversight.Report report = oversight.report(p[0], p[1], places, 10);
            try (Connection c = dataSource.getConnection()) {
                String period = p[0] + "…" + p[1];
                assertEquals(townsFromCases(c, p[0], p[1], places), report.towns().stream().map(t -> t.placeCode() + List.of(t.decided(),
                        t.withFine(), t.deviations(), t.firstViolation(), t.lighter(), t.mitigated(), t.noPenalty())).toList(), "towns " + period);
                assertEquals(officersFromCases(c, p[0], p[1], places), report.officers().stream()
                        .map(o -> o.officerId() + List.of(o.decided(), o.deviations()).toString()).sorted().toList(), "officers " + period);
                assertEquals(finesFromCases(c, p[0], p[1], places), report.violations().stream()
                        .map(v -> v.violationCode() + v.positions().entrySet().stream().filter(e -> e.getValue() > 0).toList()).toList(),
                        "fines against the range " + period);
            }
        }
    }

    private static String inPeriod(LocalDate from, LocalDate to, List<String> places) {
        return "decided_on between date '" + from + "' and date '" + to + "' and place_code in ('" + String.join("','", places) + "')";
    }

    private static List<String> townsFromCases(Connection c, LocalDate from, LocalDate to, List<String> places) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select place_code, count(*), count(decided_fine),
                       count(*) filter (where decided_fine is not null and assessed_min is not null
                                          and (decided_fine < assessed_min or decided_fine > assessed_max)),
                       count(*) filter (where no_penalty_reason = 'FIRST_VIOLATION' and decided_types is null),
                       count(*) filter (where assessed_tier = 'LIGHTER' and decided_types is not null),
                       count(*) filter (where assessed_tier = 'MITIGATED' and decided_types is not null),
                       count(*) filter (where decided_types is null)
                  from enforcement_case where %s group by place_code order by place_code""".formatted(inPeriod(from, to, places)))) {
            while (rs.next()) {
                rows.add(rs.getString(1) + List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8)));
            }
        }
        return rows;
    }

    private static List<String> officersFromCases(Connection c, LocalDate from, LocalDate to, List<String> places) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select o.officer_id, count(*), count(*) filter (where decided_fine is not null and assessed_min is not null
                                                                  and (decided_fine < assessed_min or decided_fine > assessed_max))
                  from enforcement_case e join case_officer o on o.case_id = e.id where %s group by o.officer_id"""
                .formatted(inPeriod(from, to, places)))) {
            while (rs.next()) {
                rows.add(rs.getString(1) + List.of(rs.getLong(2), rs.getLong(3)));
            }
        }
        return rows.stream().sorted().toList();
    }

    /** Per violation, each part of the range (-1 below, 0–4 the fifths, 5 above) that holds a fine, with its count. */
    private static List<String> finesFromCases(Connection c, LocalDate from, LocalDate to, List<String> places) throws SQLException {
        Map<String, Map<Integer, Long>> byCode = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select violation_code,
                       case when decided_fine < assessed_min then -1 when decided_fine > assessed_max then 5
                            when assessed_max = assessed_min then 2
                            else least(4, floor((decided_fine - assessed_min) * 5 / (assessed_max - assessed_min)))::int end, count(*)
                  from enforcement_case where %s and decided_fine is not null and assessed_min is not null group by 1, 2"""
                .formatted(inPeriod(from, to, places)))) {
            while (rs.next()) {
                byCode.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
            }
        }
        List<String> rows = new ArrayList<>();
        byCode.forEach((code, parts) -> rows.add(code + new ArrayList<>(parts.entrySet())));
        return rows;
    }
}
