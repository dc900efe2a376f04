package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.discretion.model.SearchGrams;

/**
 * Search of the violations that apply in a place today, by code, name or provision text, paged by
 * code. Where a county redefines a city's violation, the county's wins.
 */
@ApplicationScoped
public class ViolationSearch {

    public record Hit(String code, String name, String field, String matterCode, String breachedProvision,
            String penaltyProvision) {
    }

    private final EntityManager em;

    ViolationSearch(EntityManager em) {
        this.em = em;
    }

    /** @param bundles the layers in force, from the top down */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Hit> search(List<UUID> bundles, String query, String after, int limit) {
        if (bundles.isEmpty()) {
            return List.of();
        }
        List<String> grams = SearchGrams.ofQuery(query);
        String ids = bundles.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        String gramArray = grams.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",", "{", "}"));
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (v.code) v.code, v.name, v.field, v.matter_code, v.breached_provision, v.penalty_provision
                from discretion_violation v
                where v.bundle_id = any(cast(?1 as uuid[]))
                  and v.search_grams @> cast(?2 as text[])
                  and position(?5 in v.search_text) > 0
                  and v.code > ?3
                order by v.code, array_position(cast(?1 as uuid[]), v.bundle_id) desc
                limit ?4""")
                .setParameter(1, ids).setParameter(2, gramArray).setParameter(3, after == null ? "" : after)
                .setParameter(4, limit).setParameter(5, SearchGrams.normalised(query))
                .getResultList();
        return rows.stream().map(r -> new Hit((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
    }
}
