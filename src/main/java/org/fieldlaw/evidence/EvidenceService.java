package org.fieldlaw.evidence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.records.Actor;

/** Reading evidence for anyone who may see its owner, and sharing an owner's files with another. */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceStore store;
    private final EvidenceOwners owners;
    private final EvidenceLines lines;
    private final Clock clock;

    EvidenceService(EvidenceStore store, EvidenceOwners owners, EvidenceLines lines, Clock clock) {
        this.store = store;
        this.owners = owners;
        this.lines = lines;
        this.clock = clock;
    }

    /** Every file of an owner the caller may see, uploads still under way included, oldest first. */
    @Transactional
    public List<EvidenceItem> of(String ownerKind, UUID ownerId) {
        owners.visible(ownerKind, ownerId);
        return EvidenceUpload.<EvidenceUpload>list("""
                id in (select l.key.evidenceId from EvidenceOwnerLink l where l.key.ownerKind = ?1 and l.key.ownerId = ?2)
                order by createdAt, id""", ownerKind, ownerId).stream().map(EvidenceItem::of).toList();
    }

    /**
     * The complete files of several owners of one kind, per owner, in the order they were taken; for
     * a feature that has checked the caller may see those owners (a site's visits).
     */
    @Transactional
    public Map<UUID, List<EvidenceItem>> filesOf(String ownerKind, Collection<UUID> ownerIds) {
        Map<UUID, List<EvidenceItem>> files = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return files;
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery("""
                select l.key.ownerId, u from EvidenceOwnerLink l, EvidenceUpload u
                where u.id = l.key.evidenceId and l.key.ownerKind = :kind and l.key.ownerId in :ids and u.sha256 is not null
                order by u.capturedAt, u.createdAt, u.id""", Object[].class)
                .setParameter("kind", ownerKind).setParameter("ids", ownerIds).getResultList();
        for (Object[] row : rows) {
            files.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(EvidenceItem.of((EvidenceUpload) row[1]));
        }
        return files;
    }

    /** A complete file the caller may see, by its id. */
    @Transactional
    public EvidenceItem completed(UUID id) {
        EvidenceUpload u = EvidenceUpload.findById(id);
        if (u == null) {
            throw ApiException.notFound("证据 (evidence)", id);
        }
        owners.visible(u.owner());
        if (!u.complete()) {
            throw new ApiException(ProblemType.CONFLICT, "上传尚未完成：已收到 " + u.received + " / " + u.length + " 字节 (upload incomplete)");
        }
        return EvidenceItem.of(u);
    }

    /** Inside the caller's transaction: keeps a file the service made (an issued document) and answers its SHA-256. */
    public String keep(byte[] content) {
        return store.keep(content).sha256();
    }

    public void write(String sha256, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> store.copy(sha256, out));
    }

    /**
     * Inside the caller's transaction: every file of the given owners becomes {@code to}'s as well (a
     * site's visit photos, the evidence of the case the site became), and each complete one goes on
     * {@code to}'s record. Files still uploading join that record when they complete.
     */
    public void share(String fromKind, Collection<UUID> fromIds, OwnerRef to, Actor by) {
        if (fromIds.isEmpty()) {
            return;
        }
        EvidenceOwner.Owner target = owners.visible(to);
        List<EvidenceUpload> files = EvidenceUpload.list("""
                id in (select l.key.evidenceId from EvidenceOwnerLink l where l.key.ownerKind = ?1 and l.key.ownerId in ?2)
                and id not in (select l.key.evidenceId from EvidenceOwnerLink l where l.key.ownerKind = ?3 and l.key.ownerId = ?4)
                order by createdAt, id""", fromKind, fromIds, to.kind(), to.id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (EvidenceUpload u : files) {
            EvidenceOwnerLink.link(to, u.id, now);
            if (u.complete()) {
                lines.enter(u, target.record(), by);
            }
        }
    }
}
