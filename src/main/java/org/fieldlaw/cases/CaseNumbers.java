package org.fieldlaw.cases;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;

/**
 * Human case numbers, e.g. 江蓬白综执罚〔2026〕12号: gap-free per body and year. The counter row is
 * advanced in the caller's transaction and stays locked until it commits, so a filing that rolls
 * back gives its number back and two filings never share one.
 */
@ApplicationScoped
public class CaseNumbers {

    public record Assigned(String number, int year, int seq) {
    }

    private final AgencyRegister register;

    CaseNumbers(AgencyRegister register) {
        this.register = register;
    }

    public Assigned next(UUID bodyId, int year) {
        Object seq = Panache.getEntityManager().createNativeQuery("""
                insert into case_number_counter (body_id, year, last_number) values (?1, ?2, 1)
                on conflict (body_id, year) do update set last_number = case_number_counter.last_number + 1
                returning last_number""")
                .setParameter(1, bodyId)
                .setParameter(2, year)
                .getSingleResult();
        int n = ((Number) seq).intValue();
        String prefix = register.body(bodyId).orElseThrow().casePrefix();
        return new Assigned(prefix + "罚〔" + year + "〕" + n + "号", year, n);
    }
}
