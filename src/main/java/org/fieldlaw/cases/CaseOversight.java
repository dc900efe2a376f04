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
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;

/**
 * The discretion oversight (裁量监督) of the cases decided in a period in the caller's jurisdiction:
 * how often decided fines left the range the baseline allowed, per town, per officer and per
 * violation, and how often the lighter outcomes were applied. Counted in the database, so a city's
 * year of cases is one pass.
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

    private final Caller caller;
    private final JurisdictionDirectory directory;

    CaseOversight(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to, int deviationsShown) {
        CaseStatistics.checkPeriod(from, to);
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        return new Report(from, to, towns(from, to, places), officers(from, to, places), violations(from, to, places),
                deviations(from, to, places, deviationsShown));
    }

    private List<TownRow> towns(LocalDate from, LocalDate to, List<String> places) {
        List<Object[]> rows = query("""
                select place_code, count(*), count(decided_fine),
                       count(*) filter (where %s),
                       count(*) filter (where no_penalty_reason = 'FIRST_VIOLATION' and decided_types is null),
                       count(*) filter (where assessed_tier = 'LIGHTER' and decided_types is not null),
                       count(*) filter (where assessed_tier = 'MITIGATED' and decided_types is not null),
                       count(*) filter (where decided_types is null)
                  from enforcement_case where %s group by place_code order by place_code""".formatted(DEVIATES, IN_PERIOD), from, to, places);
        return rows.stream().map(r -> new TownRow((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]))).toList();
    }

    private List<OfficerRow> officers(LocalDate from, LocalDate to, List<String> places) {
        List<Object[]> rows = query("""
                select o.officer_id, count(*), count(*) filter (where %s)
                  from enforcement_case c join case_officer o on o.case_id = c.id
                 where %s group by o.officer_id order by count(*) filter (where %s) desc, count(*) desc"""
                .formatted(DEVIATES, IN_PERIOD, DEVIATES), from, to, places);
        return rows.stream().map(r -> new OfficerRow((UUID) r[0], n(r[1]), n(r[2]))).toList();
    }

    private List<ViolationRow> violations(LocalDate from, LocalDate to, List<String> places) {
        List<Object[]> rows = query("""
                select violation_code,
                       case when decided_fine < assessed_min then %d
                            when decided_fine > assessed_max then %d
                            when assessed_max = assessed_min then 2
                            else least(4, floor((decided_fine - assessed_min) * 5 / (assessed_max - assessed_min)))::int end as position,
                       count(*)
                  from enforcement_case
                 where %s and decided_fine is not null and assessed_min is not null
                 group by violation_code, position order by violation_code, position""".formatted(BELOW, ABOVE, IN_PERIOD), from, to, places);
        Map<String, Map<Integer, Long>> byCode = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byCode.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put(((Number) r[1]).intValue(), n(r[2]));
        }
        List<ViolationRow> result = new ArrayList<>();
        byCode.forEach((code, positions) -> result.add(new ViolationRow(code, positions.values().stream().mapToLong(Long::longValue).sum(), positions)));
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
    private static List<Object[]> query(String sql, LocalDate from, LocalDate to, List<String> places) {
        return Panache.getEntityManager().createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to)
                .setParameter("places", places).getResultList();
    }

    /** A date column as the driver hands it over (java.sql.Date or LocalDate, by driver and mapping). */
    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
