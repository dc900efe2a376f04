package org.fieldlaw.agency;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.OfficerDto.OfficerView;
import org.fieldlaw.common.Cursors;

/**
 * The officers of a jurisdiction with their enforcement certificates, a page at a time, for the people
 * who keep the register: a city has hundreds of officers, and those who will soon be unable to act
 * (every certificate lapsed or lapsing) must be found without reading them all.
 */
@ApplicationScoped
public class OfficerRoster {

    /** An officer and every certificate, with its status on the day asked. */
    public record Entry(OfficerView officer, List<CertificateView> certificates) {
    }

    public record Page(List<Entry> items, String nextCursor) {
    }

    /**
     * Active officers holding certificates none of which is valid today and for more than {@code :soon}: they
     * need a new one. Administrators and reviewers hold none and are not among them.
     */
    private static final String LAPSING = "o.active = true and exists (from EnforcementCertificate c where c.officerId = o.id)"
            + " and not exists (from EnforcementCertificate c where c.officerId = o.id and c.validFrom <= :today and c.validTo > :soon"
            + " and (c.suspendedFrom is null or c.suspendedFrom > :today))";

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    OfficerRoster(Caller caller, JurisdictionDirectory directory, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The officers of the bodies in the caller's jurisdiction, or in one town or county of it, by account name;
     * {@code lapsingOnly}: only those whose every certificate has lapsed or lapses within {@code days}.
     */
    @Transactional
    public Page page(String place, boolean lapsingOnly, int days, String cursor, int limit) {
        return pageIn(directory.tree().subtree(caller.areaOf("town", place)), lapsingOnly, days, cursor, limit);
    }

    /** The officers of the bodies in these places, whoever asks: callers check the places are theirs. */
    @Transactional
    Page pageIn(List<String> places, boolean lapsingOnly, int days, String cursor, int limit) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder query = new StringBuilder("from Officer o where o.body.jurisdictionCode in :places");
        Parameters params = Parameters.with("places", places);
        if (lapsingOnly) {
            query.append(" and ").append(LAPSING);
            params.and("today", today).and("soon", today.plusDays(days));
        }
        if (cursor != null && !cursor.isBlank()) {
            query.append(" and o.username > :after");
            params.and("after", Cursors.decode(cursor)[0]);
        }
        List<Officer> found = Officer.<Officer>find(query + " order by o.username", params).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<Officer> page = more ? found.subList(0, limit) : found;
        Map<UUID, List<CertificateView>> certificates = new HashMap<>();
        if (!page.isEmpty()) {
            certificates.putAll(EnforcementCertificate.<EnforcementCertificate>list("officerId in ?1 order by validFrom",
                    page.stream().map(o -> o.id).toList()).stream()
                    .collect(Collectors.groupingBy(c -> c.officerId, Collectors.mapping(c -> CertificateView.of(c, today), Collectors.toList()))));
        }
        Officer last = more ? page.get(page.size() - 1) : null;
        return new Page(page.stream().map(o -> new Entry(OfficerView.of(o), certificates.getOrDefault(o.id, List.of()))).toList(),
                last == null ? null : Cursors.encode(last.username, last.id));
    }

    /** How many officers of the caller's jurisdiction need a new certificate within {@code days}. */
    @Transactional
    public long lapsing(int days) {
        LocalDate today = LocalDate.now(clock);
        return Officer.count("from Officer o where o.body.jurisdictionCode in :places and " + LAPSING,
                Parameters.with("places", directory.tree().subtree(caller.jurisdictionCode())).and("today", today).and("soon", today.plusDays(days)));
    }
}
