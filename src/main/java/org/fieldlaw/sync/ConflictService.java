package org.fieldlaw.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.privacy.PartyMasking;
import org.fieldlaw.security.Roles;
import org.fieldlaw.sync.SyncDto.ConflictView;

/**
 * The conflicts pushes met, for the officer who made the change and the supervisors of the place.
 * A conflict is closed by someone writing down how it was resolved, never by a later write alone.
 */
@ApplicationScoped
public class ConflictService {

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final ObjectMapper mapper;
    private final Clock clock;

    ConflictService(Caller caller, JurisdictionDirectory directory, ObjectMapper mapper, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Officers see their own; supervisors and auditors those of their jurisdiction. {@code open}: only unresolved ones. */
    public List<ConflictView> list(boolean open) {
        String scope = scope();
        Object param = scopeParam();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SyncConflict> found = (open
                    ? SyncConflict.<SyncConflict>find(scope + " and status = ?2 order by raisedAt, id", param, ConflictStatus.OPEN)
                    : SyncConflict.<SyncConflict>find(scope + " order by raisedAt, id", param)).page(0, 500).list();
            return found.stream().map(this::view).toList();
        });
    }

    /** A page of conflicts and the cursor of the next one (null at the end). */
    public record Page(List<ConflictView> items, String nextCursor) {
    }

    /**
     * The caller's open conflicts oldest first (the longest waiting on top), or resolved ones newest first,
     * a page at a time; narrowed to one town or county of the caller's jurisdiction when asked.
     */
    public Page page(boolean open, String place, String cursor, int limit) {
        String scope = namedScope();
        Object param = scopeParam();
        List<String> area = place == null ? null : directory.tree().subtree(caller.areaOf("town", place));
        Cursors.After<OffsetDateTime> after = Cursors.after(cursor, OffsetDateTime::parse);
        String query = scope + " and status = :status" + (area == null ? "" : " and placeCode in :area")
                + (after == null ? "" : open ? " and (raisedAt > :at or (raisedAt = :at and id > :id))" : " and (resolvedAt < :at or (resolvedAt = :at and id < :id))")
                + (open ? " order by raisedAt, id" : " order by resolvedAt desc, id desc");
        Parameters parameters = Parameters.with("scope", param).and("status", open ? ConflictStatus.OPEN : ConflictStatus.RESOLVED);
        if (area != null) {
            parameters.and("area", area);
        }
        if (after != null) {
            parameters.and("at", after.key()).and("id", after.id());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SyncConflict> found = SyncConflict.<SyncConflict>find(query, parameters).page(0, limit + 1).list();
            boolean more = found.size() > limit;
            List<SyncConflict> page = more ? found.subList(0, limit) : found;
            SyncConflict last = more ? page.get(page.size() - 1) : null;
            return new Page(page.stream().map(this::view).toList(), last == null ? null
                    : Cursors.encode(open ? last.raisedAt : last.resolvedAt, last.id));
        });
    }

    /** How many open conflicts the caller would list. */
    public long openCount() {
        String scope = scope();
        Object param = scopeParam();
        return QuarkusTransaction.requiringNew().call(() -> SyncConflict.count(scope + " and status = ?2", param, ConflictStatus.OPEN));
    }

    /** Supervisors and auditors see the conflicts of their jurisdiction; an officer his own. */
    private boolean overseer() {
        return caller.hasRole(Roles.SUPERVISOR) || caller.hasRole(Roles.AUDITOR);
    }

    private String scope() {
        return overseer() ? "placeCode in ?1" : "officerId = ?1";
    }

    private String namedScope() {
        return overseer() ? "placeCode in :scope" : "officerId = :scope";
    }

    private Object scopeParam() {
        return overseer() ? directory.tree().subtree(caller.jurisdictionCode()) : caller.officer().id();
    }

    public ConflictView resolve(UUID id, String resolution) {
        UUID me = caller.officer().id();
        return QuarkusTransaction.requiringNew().call(() -> {
            SyncConflict c = SyncConflict.findById(id, LockModeType.PESSIMISTIC_WRITE);
            boolean mine = c != null && c.officerId.equals(me);
            boolean overseen = c != null && caller.hasRole(Roles.SUPERVISOR) && caller.covers(c.placeCode);
            if (c == null || !mine && !overseen) {
                throw ApiException.notFound("同步冲突 (sync conflict)", id);
            }
            if (c.status != ConflictStatus.OPEN) {
                throw new ApiException(ProblemType.CONFLICT, "该冲突已处理 (the conflict was resolved already)").with("current", view(c));
            }
            c.status = ConflictStatus.RESOLVED;
            c.resolvedBy = me;
            c.resolvedAt = OffsetDateTime.now(clock);
            c.resolution = resolution.trim();
            return view(c);
        });
    }

    /** Both sides with the party masked: a supervisor compares them without a reveal; the case or site itself reveals, recorded. */
    ConflictView view(SyncConflict c) {
        return new ConflictView(c.id, c.operationId, c.deviceId, c.officerId, c.placeCode, c.kind, c.targetId, c.serverVersion,
                masked(c.received), masked(c.server), c.detail, c.status.name(), c.raisedAt, c.resolvedBy, c.resolvedAt, c.resolution);
    }

    private JsonNode masked(String stored) {
        return PartyMasking.masked(StoredJson.readOrText(mapper, stored));
    }

}
