package org.fieldlaw.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.sync.SyncDto.DeviceRequest;
import org.fieldlaw.sync.SyncDto.DeviceView;

/** Devices are registered per officer: a device id belongs to the officer who registered it. */
@ApplicationScoped
public class DeviceService {

    public record Registered(DeviceView view, boolean created) {
    }

    private final Caller caller;
    private final Clock clock;

    DeviceService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public Registered register(UUID id, DeviceRequest r) {
        UUID me = caller.officer().id();
        return QuarkusTransaction.requiringNew().call(() -> {
            Device d = Device.findById(id, LockModeType.PESSIMISTIC_WRITE);
            boolean created = d == null;
            if (created) {
                d = new Device();
                d.id = id;
                d.officerId = me;
                d.registeredAt = OffsetDateTime.now(clock);
            } else if (!d.officerId.equals(me)) {
                throw new ApiException(ProblemType.CONFLICT, "该设备已登记在其他执法人员名下 (this device is registered to another officer)");
            }
            d.name = r.name().trim();
            d.platform = r.platform();
            d.appVersion = r.appVersion();
            d.lastSeenAt = OffsetDateTime.now(clock);
            d.persistAndFlush();
            return new Registered(view(d), created);
        });
    }

    public List<DeviceView> mine() {
        UUID me = caller.officer().id();
        return QuarkusTransaction.requiringNew().call(() -> Device.<Device>list("officerId = ?1 order by registeredAt", me).stream()
                .map(DeviceService::view).toList());
    }

    /** The caller's own device, inside a transaction; 404 for any other (another officer's is not shown). */
    Device own(UUID id) {
        Device d = Device.findById(id);
        if (d == null || !d.officerId.equals(caller.officer().id())) {
            throw ApiException.notFound("设备 (device; register it with PUT /api/v1/sync/devices/{id})", id);
        }
        return d;
    }

    static DeviceView view(Device d) {
        return new DeviceView(d.id, d.officerId, d.name, d.platform, d.appVersion, d.registeredAt, d.lastSeenAt);
    }
}
