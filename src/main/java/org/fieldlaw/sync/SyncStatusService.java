package org.fieldlaw.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.sync.SyncDto.Outcome;
import org.fieldlaw.sync.SyncDto.ReceivedOperation;
import org.fieldlaw.sync.SyncDto.SyncStatus;

/** What the server has received from one device, operation by operation: a missing item can be traced. */
@ApplicationScoped
public class SyncStatusService {

    static final int PAGE = 200;

    private final DeviceService devices;

    SyncStatusService(DeviceService devices) {
        this.devices = devices;
    }

    public SyncStatus status(UUID deviceId, String cursor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Device d = devices.own(deviceId);
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            SyncOperation.getEntityManager()
                    .createQuery("select o.outcome, count(o) from SyncOperation o where o.deviceId = :d group by o.outcome", Object[].class)
                    .setParameter("d", deviceId).getResultList().forEach(r -> counts.put((Outcome) r[0], (Long) r[1]));
            long open = SyncConflict.count("deviceId = ?1 and status = ?2", deviceId, ConflictStatus.OPEN);
            List<SyncOperation> page;
            if (cursor == null || cursor.isBlank()) {
                page = SyncOperation.<SyncOperation>find("deviceId = ?1 order by receivedAt desc, id desc", deviceId).page(0, PAGE + 1).list();
            } else {
                String[] at = Cursors.decode(cursor.trim());
                OffsetDateTime when;
                UUID id;
                try {
                    when = OffsetDateTime.parse(at[0]);
                    id = UUID.fromString(at[1]);
                } catch (RuntimeException e) {
                    throw ApiException.invalid("cursor", "无法识别的游标 (unreadable cursor)");
                }
                page = SyncOperation.<SyncOperation>find("deviceId = ?1 and (receivedAt < ?2 or (receivedAt = ?2 and id < ?3)) "
                        + "order by receivedAt desc, id desc", deviceId, when, id).page(0, PAGE + 1).list();
            }
            List<ReceivedOperation> items = new ArrayList<>();
            for (SyncOperation o : page.subList(0, Math.min(PAGE, page.size()))) {
                items.add(new ReceivedOperation(o.id, o.kind, o.targetId, o.outcome, o.status, o.receivedAt));
            }
            SyncOperation last = page.size() > PAGE ? page.get(PAGE - 1) : null;
            return new SyncStatus(DeviceService.view(d), counts, open, items, last == null ? null : Cursors.encode(last.receivedAt, last.id));
        });
    }
}
