package org.fieldlaw.patrols;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
        Object[] r = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select
                  (select count(*) from site where place_code in (:places)
                      and (created_at at time zone 'Asia/Shanghai')::date between :from and :to),
                  (select count(*) from site where place_code in (:places) and stop_ordered_on between :from and :to),
                  (select count(*) from site where place_code in (:places) and status = 'DEMOLISHED'
                      and (updated_at at time zone 'Asia/Shanghai')::date between :from and :to),
                  (select count(*) from site_alarm a join site s on s.id = a.site_id where s.place_code in (:places)
                      and a.kind = 'CONTINUED_BUILDING' and (a.raised_at at time zone 'Asia/Shanghai')::date between :from and :to),
                  (select count(*) from site_alarm a join site s on s.id = a.site_id where s.place_code in (:places)
                      and a.kind = 'DEMOLITION_OVERDUE' and (a.raised_at at time zone 'Asia/Shanghai')::date between :from and :to),
                  (select count(*) from site_alarm a join site s on s.id = a.site_id where s.place_code in (:places) and a.status = 'OPEN')
                """, Object[].class).setParameter("from", from).setParameter("to", to).setParameter("places", places).getSingleResult();
        return new Figures(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
