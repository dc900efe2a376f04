package org.fieldlaw.cases;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.model.TallyPeriod;

/**
 * The discretion oversight (裁量监督) of the cases decided in a period in the caller's jurisdiction:
 * how often decided fines left the range the baseline allowed, per town, per officer and per
 * violation, and how often the lighter outcomes were applied. Whole months come from the tallies the
 * database keeps as cases are decided (V25), the days around them from the cases, so a city's year is a
 * few thousand tally rows instead of every decided case and its officers.
 */
@ApplicationScoped
public class CaseOversight {

    /** Where a decided fine lies in its assessed range: below it, in one of five fifths of it, above it. */
    public static final int BELOW = -1;
    public static final int ABOVE = 5;

    public record TownRow(String placeCode, long decided, long withFine, long deviations, long firstViolation, long lighter, long mitigated,
            long noPenalty) {
    }

    public record OfficerRow(UUID officerId, long decided, long deviations) {
    }

    /** Per violation: how many decided fines fell in each part of the range (keys BELOW, 0..4, ABOVE). */
    public record ViolationRow(String violationCode, long fines, Map<Integer, Long> positions) {
    }

    public record DeviationRow(UUID caseId, String caseNumber, String placeCode, String violationCode, LocalDate decidedOn, BigDecimal fine,
            BigDecimal assessedMin, BigDecimal assessedMax, String reasons, boolean approved) {
    }

    public record Report(LocalDate from, LocalDate to, List<TownRow> towns, List<OfficerRow> officers, List<ViolationRow> violations,
            List<DeviationRow> deviations) {
    }

    private static final String DEVIATES = "decided_fine is not null and assessed_min is not null"
            + " and (decided_fine < assessed_min or decided_fine > assessed_max)";
    private static final String IN_PERIOD = "decided_on between :from and :to and place_code in (:places)";
    /** The counts of oversight_counts and oversight_tally (V25), in the order the rows below read them. */
    private static final List<String> COUNTS = List.of("decided", "with_fine", "deviations", "first_violation", "lighter", "mitigated",
            "no_penalty", "below_range", "fifth_1", "fifth_2", "fifth_3", "fifth_4", "fifth_5", "above_range");
    /** The days of the period outside its whole months, counted one case at a time. */
    private static final String EDGE_DAYS = "(c.decided_on between :from and :headEnd or c.decided_on between :tailStart and :to)"
            + " and c.place_code in (:places)";
    /** Per month, town and violation: the whole months from the tally, the edge days from the cases. */
    private static final String COUNTED = """
            with counted as (
                select place_code, violation_code, %s from oversight_tally
                 where month between :firstMonth and :lastMonth and place_code in (:places)
                union all
                select (k).place_code, (k).violation_code, %s
                  from (select oversight_counts(c) as k from enforcement_case c where %s) edge)
            """.formatted(String.join(", ", COUNTS), COUNTS.stream().map(n -> "(k)." + n).collect(Collectors.joining(", ")), EDGE_DAYS);

    private final Caller caller;
    private final JurisdictionDirectory directory;

    CaseOversight(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to, int deviationsShown) {
        return report(from, to, directory.tree().subtree(caller.jurisdictionCode()), deviationsShown);
    }

    /** The report over the given places, whoever asks: callers check the places are theirs. */
    @Transactional
    Report report(LocalDate from, LocalDate to, List<String> places, int deviationsShown) {
        CaseStatistics.checkPeriod(from, to);
        TallyPeriod period = TallyPeriod.of(from, to);
        return new Report(from, to, towns(period, places), officers(period, places), violations(period, places),
                deviations(from, to, places, deviationsShown));
    }

    private List<TownRow> towns(TallyPeriod period, List<String> places) {
        List<Object[]> rows = query(COUNTED + """
                select place_code, sum(decided), sum(with_fine), sum(deviations), sum(first_violation), sum(lighter), sum(mitigated),
                       sum(no_penalty)
                  from counted group by place_code having sum(decided) > 0 order by place_code""", period, places);
        return rows.stream().map(r -> new TownRow((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]))).toList();
    }

    private List<OfficerRow> officers(TallyPeriod period, List<String> places) {
        List<Object[]> rows = query("""
                select officer_id, sum(decided), sum(deviations) from (
                    select officer_id, decided, deviations from oversight_officer_tally
                     where month between :firstMonth and :lastMonth and place_code in (:places)
                    union all
                    select o.officer_id, 1, (oversight_counts(c)).deviations
                      from enforcement_case c join case_officer o on o.case_id = c.id where %s) counted
                 group by officer_id having sum(decided) > 0 order by sum(deviations) desc, sum(decided) desc, officer_id"""
                .formatted(EDGE_DAYS), period, places);
        return rows.stream().map(r -> new OfficerRow((UUID) r[0], n(r[1]), n(r[2]))).toList();
    }

    private List<ViolationRow> violations(TallyPeriod period, List<String> places) {
        List<Object[]> rows = query(COUNTED + """
                select violation_code, sum(below_range), sum(fifth_1), sum(fifth_2), sum(fifth_3), sum(fifth_4), sum(fifth_5), sum(above_range)
                  from counted group by violation_code
                having sum(below_range + fifth_1 + fifth_2 + fifth_3 + fifth_4 + fifth_5 + above_range) > 0
                 order by violation_code""", period, places);
        List<ViolationRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            Map<Integer, Long> positions = new LinkedHashMap<>();
            for (int position = BELOW; position <= ABOVE; position++) {
                positions.put(position, n(r[position + 2]));
            }
            result.add(new ViolationRow((String) r[0], positions.values().stream().mapToLong(Long::longValue).sum(), positions));
        }
        return result;
    }

    private List<DeviationRow> deviations(LocalDate from, LocalDate to, List<String> places, int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select id, case_number, place_code, violation_code, decided_on, decided_fine, assessed_min, assessed_max, deviation_reasons,
                       deviation_approved_by is not null
                  from enforcement_case where %s and %s order by decided_on desc, id limit :limit""".formatted(IN_PERIOD, DEVIATES), Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("places", places).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new DeviationRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], toDate(r[4]), (BigDecimal) r[5],
                (BigDecimal) r[6], (BigDecimal) r[7], (String) r[8], (Boolean) r[9])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> query(String sql, TallyPeriod period, List<String> places) {
        return Panache.getEntityManager().createNativeQuery(sql, Object[].class).setParameter("from", period.from())
                .setParameter("to", period.to()).setParameter("headEnd", period.headEnd()).setParameter("tailStart", period.tailStart())
                .setParameter("firstMonth", period.firstMonth()).setParameter("lastMonth", period.lastMonth()).setParameter("places", places)
                .getResultList();
    }

    /** A date column as the driver hands it over (java.sql.Date or LocalDate, by driver and mapping). */
    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
