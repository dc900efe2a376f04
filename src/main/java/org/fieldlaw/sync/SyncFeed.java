package org.fieldlaw.sync;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.sync.SyncDto.Change;
import org.fieldlaw.sync.SyncDto.ChangePage;

/**
 * The change feed. Rows are read in (transaction id, sequence) order and only from transactions
 * older than the oldest one still running. A sequence number is taken when a row is written, not
 * when it commits: reading by sequence alone would pass over a row whose transaction took its
 * number early and committed late. Every transaction below the oldest running one has ended, and
 * every later one will carry a higher transaction id, so a position once passed never gains a row.
 * The price: one long-running writing transaction holds the feed back until it ends.
 */
@ApplicationScoped
public class SyncFeed {

    private final Caller caller;
    private final JurisdictionDirectory directory;

    SyncFeed(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @Transactional
    public ChangePage changes(String cursor, int limit) {
        long[] after = position(cursor);
        String home = caller.jurisdictionCode();
        JurisdictionTree tree = directory.tree();
        List<String> places = tree.subtree(home);
        // Baselines are published above the town: a town sees those of its county, city and province.
        List<String> above = tree.pathTo(home).stream().map(JurisdictionTree.Node::code).filter(c -> !places.contains(c)).toList();
        // One ordered branch per place, merged in order by PostgreSQL (Merge Append over the place index).
        StringBuilder sql = new StringBuilder("select c.seq, c.xid::text as xid_text, c.entity, c.entity_id, c.parent_id, c.version, c.deleted, "
                + "c.changed_at from (");
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < places.size() + above.size(); i++) {
            boolean baselineOnly = i >= places.size();
            branches.add("(select seq, xid, entity, entity_id, parent_id, version, deleted, changed_at from change_log"
                    + " where place_code = :p" + i + (baselineOnly ? " and entity = 'BASELINE'" : "")
                    + " and (xid, seq) > (cast(:xid as xid8), :seq) and xid < pg_snapshot_xmin(pg_current_snapshot())"
                    + " order by xid, seq limit :limit)");
        }
        // Ordered by the xid8 itself: its text would sort "10" before "9".
        sql.append(String.join(" union all ", branches)).append(") c order by c.xid, c.seq limit :limit");
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString())
                .setParameter("xid", Long.toString(after[0])).setParameter("seq", after[1]).setParameter("limit", limit + 1);
        for (int i = 0; i < places.size(); i++) {
            query.setParameter("p" + i, places.get(i));
        }
        for (int i = 0; i < above.size(); i++) {
            query.setParameter("p" + (places.size() + i), above.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = rows.subList(0, Math.min(limit, rows.size()));
        List<Change> changes = new ArrayList<>(page.size());
        for (Object[] r : page) {
            String entity = (String) r[2];
            UUID id = (UUID) r[3];
            UUID parent = (UUID) r[4];
            changes.add(new Change(entity, id, parent, r[5] == null ? null : ((Number) r[5]).longValue(), (Boolean) r[6],
                    changedAt(r[7]), href(entity, id, parent, (Boolean) r[6])));
        }
        Object[] last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = last == null ? cursor : Cursors.encode(last[1], ((Number) last[0]).longValue());
        return new ChangePage(changes, next, more);
    }

    private static OffsetDateTime changedAt(Object value) {
        return value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    private static String href(String entity, UUID id, UUID parent, boolean deleted) {
        if (deleted) {
            return null;
        }
        return switch (entity) {
            case "CASE" -> "/api/v1/cases/" + id;
            case "SITE" -> "/api/v1/sites/" + id;
            case "VISIT" -> "/api/v1/sites/" + parent + "/visits";
            case "ALARM" -> "/api/v1/sites/" + parent + "/alarms";
            case "PATROL" -> "/api/v1/patrols/" + id;
            case "ASSIGNMENT" -> "/api/v1/patrol-assignments/" + id;
            case "BASELINE" -> "/api/v1/discretion/bundle";
            default -> null;
        };
    }

    private static long[] position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new long[] { 0, 0 };
        }
        String[] parts = Cursors.decode(cursor.trim());
        try {
            return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
        } catch (NumberFormatException e) {
            throw ApiException.invalid("since", "无法识别的游标 (unreadable cursor)");
        }
    }
}
