package org.fieldlaw.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Clocks;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.privacy.PersonalDataViewDto.Owner;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewItem;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewPage;
import org.fieldlaw.privacy.PersonalDataViewDto.ViewSearch;
import org.fieldlaw.privacy.PersonalDataViewDto.Viewer;
import org.fieldlaw.security.CurrentOfficer;

/**
 * Who saw which party's personal data (issue 16). A feature that shows a party in full calls {@link #record} in the
 * transaction that shows it, beside the line on the owner's record; an auditor lists the reveals of the places in
 * their jurisdiction by party, viewer, owner or period.
 */
@ApplicationScoped
public class PersonalDataViews {

    /** A reveal as the feature describes it: whose data (by the party's identifier, if it has one), where, which fields, why. */
    public record Reveal(String ownerKind, UUID ownerId, String placeCode, String partyIdentifier, List<String> fields, String reason) {
    }

    private final PersonalData personalData;
    private final CurrentOfficer officer;
    private final Clock clock;

    PersonalDataViews(PersonalData personalData, CurrentOfficer officer, Clock clock) {
        this.personalData = personalData;
        this.officer = officer;
        this.clock = clock;
    }

    /** Inside the caller's transaction: the reveal stands or falls with what it shows. */
    public void record(Reveal reveal) {
        PersonalDataView v = new PersonalDataView();
        v.id = UUID.randomUUID();
        v.viewedAt = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        v.viewerId = officer.id();
        v.viewerName = officer.name();
        v.ownerKind = reveal.ownerKind();
        v.ownerId = reveal.ownerId();
        v.placeCode = reveal.placeCode();
        v.partyKey = personalData.lookupKey(reveal.partyIdentifier());
        v.fields = reveal.fields().toArray(String[]::new);
        v.reason = reveal.reason();
        v.persist();
    }

    /** Newest first, inside the caller's jurisdiction. */
    @Transactional
    public ViewPage page(ViewSearch q) {
        int limit = q.limit() == null ? 50 : q.limit();
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw ApiException.invalid("to", "结束日期早于开始日期 (to is before from)");
        }
        Cursors.After<OffsetDateTime> after = Cursors.after(q.cursor(), OffsetDateTime::parse);
        StringBuilder where = new StringBuilder("placeCode in :places");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] { "places", officer.placesCovered() });
        if (q.party() != null) {
            where.append(" and partyKey = :party");
            params.add(new Object[] { "party", personalData.lookupKey(q.party()) });
        }
        if (q.viewer() != null) {
            where.append(" and viewerId = :viewer");
            params.add(new Object[] { "viewer", q.viewer() });
        }
        if (q.owner() != null) {
            where.append(" and ownerId = :owner");
            params.add(new Object[] { "owner", q.owner() });
        }
        if (q.from() != null) {
            where.append(" and viewedAt >= :from");
            params.add(new Object[] { "from", q.from().atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime() });
        }
        if (q.to() != null) {
            where.append(" and viewedAt < :to");
            params.add(new Object[] { "to", q.to().plusDays(1).atStartOfDay(Clocks.LEGAL_ZONE).toOffsetDateTime() });
        }
        if (after != null) {
            where.append(" and (viewedAt < :afterAt or (viewedAt = :afterAt and id < :afterId))");
            params.add(new Object[] { "afterAt", after.key() });
            params.add(new Object[] { "afterId", after.id() });
        }
        var query = PersonalDataView.getEntityManager()
                .createQuery("from PersonalDataView where " + where + " order by viewedAt desc, id desc", PersonalDataView.class)
                .setMaxResults(limit + 1);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        List<PersonalDataView> found = query.getResultList();
        boolean more = found.size() > limit;
        List<PersonalDataView> page = more ? found.subList(0, limit) : found;
        PersonalDataView last = more ? page.get(page.size() - 1) : null;
        return new ViewPage(page.stream().map(PersonalDataViews::item).toList(),
                last == null ? null : Cursors.encode(last.viewedAt, last.id));
    }

    private static ViewItem item(PersonalDataView v) {
        return new ViewItem(v.id, v.viewedAt.atZoneSameInstant(Clocks.LEGAL_ZONE).toOffsetDateTime(), new Viewer(v.viewerId, v.viewerName),
                new Owner(v.ownerKind, v.ownerId, v.placeCode), Arrays.asList(v.fields), v.reason);
    }
}
