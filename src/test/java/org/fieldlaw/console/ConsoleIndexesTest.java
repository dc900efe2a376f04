package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V23: the lists and the map read newest first from an index in that order; V24: each work queue is counted from
 * an index holding the place (bench/README.md has what they save at city scale).
 */
@QuarkusTest
class ConsoleIndexesTest {

    @Test
    @Transactional
    void casesAndSitesHaveTheIndexesTheConsoleReadsThemThrough() {
        List<?> found = Panache.getEntityManager().createNativeQuery("""
                select indexdef from pg_indexes
                 where indexname in ('enforcement_case_updated_idx', 'site_updated_idx', 'enforcement_case_state_place_idx',
                                     'enforcement_case_due_place_idx')
                 order by indexname""")
                .getResultList();
        assertEquals(List.of("CREATE INDEX enforcement_case_due_place_idx ON public.enforcement_case USING btree (next_due_on, place_code)"
                + " WHERE (next_due_on IS NOT NULL)",
                "CREATE INDEX enforcement_case_state_place_idx ON public.enforcement_case USING btree (state, place_code)",
                "CREATE INDEX enforcement_case_updated_idx ON public.enforcement_case USING btree (updated_at DESC, id)",
                "CREATE INDEX site_updated_idx ON public.site USING btree (updated_at DESC, id)"), found);
    }
}
