package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Officer records by id, kept briefly: every case names two or more officers, and looking them up
 * on each request costs round trips the phone waits for. A change made on this replica drops the
 * entry at once; on another replica it shows within {@link #MAX_AGE}. Call inside a transaction
 * (a miss reads the database).
 */
@ApplicationScoped
public class RecentOfficers {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Entry(RegisteredOfficer officer, long loadedAtNanos) {
    }

    private final Map<UUID, Entry> byId = new ConcurrentHashMap<>();

    /** The officer, or null when there is none with that id. */
    public RegisteredOfficer find(UUID id) {
        Entry entry = byId.get(id);
        if (entry != null && System.nanoTime() - entry.loadedAtNanos() <= MAX_AGE.toNanos()) {
            return entry.officer();
        }
        RegisteredOfficer officer = Officer.<Officer>findByIdOptional(id).map(RegisteredOfficer::of).orElse(null);
        if (officer != null && byId.size() < 100_000) {
            byId.put(id, new Entry(officer, System.nanoTime()));
        }
        return officer;
    }

    public void forget(UUID id) {
        byId.remove(id);
    }
}
