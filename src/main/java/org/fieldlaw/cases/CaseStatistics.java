package org.fieldlaw.cases;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.discretion.model.PenaltyType;

/**
 * The case figures of enforcement statistics (执法统计) for a period in the caller's jurisdiction,
 * counted in the database: cases opened per town, month and field; penalties by type; fines decided
 * and paid; lighter outcomes and deviations; the legal-review workload; how often each matter was used.
 */
@ApplicationScoped
public class CaseStatistics {

    /** The longest period one report covers: a year and a day, so a calendar year always fits. */
    private static final int MAX_DAYS = 366;

    /** Cases opened (filed, or decided on the spot) in a town, in a month ({@code yyyy-MM}), in a field. */
    public record Opened(String placeCode, String month, String field, long cases) {
    }

    public record TypeCount(String type, long decisions) {
    }

    public record Money(long decided, BigDecimal finesDecided, long paid, BigDecimal finesPaid) {
    }

    /**
     * {@code reviewDaysAverage} and {@code reviewDaysLongest}: calendar days from sending a case to legal review
     * to the passed opinion, over the reviews passed in the period (null when none was, or none was timed).
     */
    public record Outcomes(long decided, long withFine, long deviations, long firstViolation, long noPenalty, long reviewsPassed,
            long reviewsPending, BigDecimal reviewDaysAverage, Integer reviewDaysLongest) {
    }

    /** How many cases a town opened under a matter since a day: for the devolved matters a town never uses. */
    public record MatterUse(String placeCode, String matterCode, long cases) {
    }

    public record Figures(List<Opened> opened, List<TypeCount> types, Money money, Outcomes outcomes) {
    }

    private static final String OPENED_IN = "opened_on between :from and :to and place_code in (:places)";
    private static final String DECIDED_IN = "decided_on between :from and :to and place_code in (:places)";

    private final Caller caller;
    private final JurisdictionDirectory directory;

    CaseStatistics(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** The places of the caller's jurisdiction: every figure is counted over these. */
    public List<String> places() {
        return directory.tree().subtree(caller.jurisdictionCode());
    }

    /** A report's period, here and in the discretion oversight: dates in order, at most a year. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ApiException.invalid("to", "统计期间须为起止日期，且不超过一年 (a period of at most a year, from before to)");
        }
    }

    @Transactional
    public Figures figures(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        List<String> places = places();
        List<Opened> opened = rows("""
                select place_code, date_trunc('month', opened_on)::date as month, field, count(*)
                  from enforcement_case where %s group by place_code, month, field order by month, place_code, field""".formatted(OPENED_IN),
                from, to, places).stream().map(r -> new Opened((String) r[0], CaseOversight.toDate(r[1]).toString().substring(0, 7), (String) r[2], n(r[3]))).toList();
        // every other figure of the decisions in one pass over them: each penalty type, money, outcomes
        StringBuilder select = new StringBuilder("select count(decided_types), coalesce(sum(decided_fine), 0),"
                + " count(*) filter (where paid_on is not null), coalesce(sum(decided_fine) filter (where paid_on is not null), 0),"
                + " count(*), count(decided_fine),"
                + " count(*) filter (where decided_fine is not null and assessed_min is not null"
                + "   and (decided_fine < assessed_min or decided_fine > assessed_max)),"
                + " count(*) filter (where no_penalty_reason = 'FIRST_VIOLATION' and decided_types is null),"
                + " count(*) filter (where decided_types is null)");
        PenaltyType[] all = PenaltyType.values();
        for (PenaltyType type : all) {
            select.append(", count(*) filter (where '").append(type.name()).append("' = any(decided_types))");
        }
        Object[] d = rows(select + " from enforcement_case where " + DECIDED_IN, from, to, places).get(0);
        Object[] reviews = rows("""
                select count(*) filter (where legal_review_passed_on between :from and :to), count(*) filter (where state = 'LEGAL_REVIEW'),
                       round(avg(legal_review_passed_on - legal_review_requested_on) filter (where legal_review_passed_on between :from and :to), 1),
                       max(legal_review_passed_on - legal_review_requested_on) filter (where legal_review_passed_on between :from and :to)
                  from enforcement_case where place_code in (:places) and (legal_review_passed_on is not null or state = 'LEGAL_REVIEW')""",
                from, to, places).get(0);
        List<TypeCount> types = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            long count = n(d[9 + i]);
            if (count > 0) {
                types.add(new TypeCount(all[i].name(), count));
            }
        }
        types.sort(Comparator.comparingLong(TypeCount::decisions).reversed());
        return new Figures(opened, types, new Money(n(d[0]), (BigDecimal) d[1], n(d[2]), (BigDecimal) d[3]),
                new Outcomes(n(d[4]), n(d[5]), n(d[6]), n(d[7]), n(d[8]), n(reviews[0]), n(reviews[1]),
                        (BigDecimal) reviews[2], reviews[3] == null ? null : ((Number) reviews[3]).intValue()));
    }

    /** Cases opened since {@code since} per town and matter, in the caller's jurisdiction. */
    @Transactional
    public List<MatterUse> matterUse(LocalDate since, LocalDate until) {
        return rows("""
                select place_code, matter_code, count(*) from enforcement_case
                 where %s and matter_code is not null group by place_code, matter_code""".formatted(OPENED_IN), since, until, places())
                .stream().map(r -> new MatterUse((String) r[0], (String) r[1], n(r[2]))).toList();
    }

    /** A closed case as an inspection samples it. */
    public record ClosedCase(UUID id, String caseNumber) {
    }

    /** The numbered cases of a place and the places under it closed in a period, for a case-file inspection. */
    @Transactional
    public List<ClosedCase> closed(String placeCode, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        caller.requireWithin(placeCode);
        return rows("""
                select id, case_number, 0 from enforcement_case
                 where closed_on between :from and :to and place_code in (:places) and case_number is not null order by case_number""",
                from, to, directory.tree().subtree(placeCode)).stream().map(r -> new ClosedCase((UUID) r[0], (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, LocalDate from, LocalDate to, List<String> places) {
        return Panache.getEntityManager().createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to)
                .setParameter("places", places).getResultList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
