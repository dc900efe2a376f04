package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;

/**
 * The illegal-construction figures of enforcement statistics for a period in the caller's
 * jurisdiction: sites found, stop orders, sites demolished, and the alarms raised, by kind.
 */
@ApplicationScoped
public class SiteStatistics {

    public record Figures(long found, long stopOrders, long demolished, long continuedBuilding, long demolitionOverdue, long alarmsOpenNow) {
    }

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    private final Caller caller;
    private final JurisdictionDirectory directory;

    SiteStatistics(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** Instants are counted by their day in the legal zone. */
    @Transactional
    public Figures figures(LocalDate from, LocalDate to) {
        List<String> places = directory.tree().subtree(caller.jurisdictionCode());
        // instants compared with the period's bounds in the legal zone, so no row's time is converted
        OffsetDateTime start = from.atStartOfDay(LEGAL_ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(LEGAL_ZONE).toOffsetDateTime();
        Object[] s = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*) filter (where created_at >= :start and created_at < :end),
                       count(*) filter (where stop_ordered_on between :from and :to),
                       count(*) filter (where status = 'DEMOLISHED' and updated_at >= :start and updated_at < :end)
                  from site where place_code in (:places)""", Object[].class).setParameter("from", from).setParameter("to", to)
                .setParameter("start", start).setParameter("end", end).setParameter("places", places).getSingleResult();
        Object[] a = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*) filter (where a.kind = 'CONTINUED_BUILDING' and a.raised_at >= :start and a.raised_at < :end),
                       count(*) filter (where a.kind = 'DEMOLITION_OVERDUE' and a.raised_at >= :start and a.raised_at < :end),
                       count(*) filter (where a.status = 'OPEN')
                  from site_alarm a join site s on s.id = a.site_id where s.place_code in (:places)""", Object[].class)
                .setParameter("start", start).setParameter("end", end).setParameter("places", places).getSingleResult();
        return new Figures(n(s[0]), n(s[1]), n(s[2]), n(a[0]), n(a[1]), n(a[2]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
