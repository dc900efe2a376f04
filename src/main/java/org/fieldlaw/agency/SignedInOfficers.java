package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The officer records that recent tokens mapped to, kept briefly so that a phone's stream of
 * requests does not look its officer up on every call. A change made on this replica drops the
 * entry at once; on another replica it shows within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class SignedInOfficers {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Entry(RegisteredOfficer officer, long loadedAtNanos) {
    }

    private final Map<String, Entry> bySubject = new ConcurrentHashMap<>();

    RegisteredOfficer find(String subject) {
        if (subject == null) {
            return null;
        }
        Entry entry = bySubject.get(subject);
        if (entry == null || System.nanoTime() - entry.loadedAtNanos() > MAX_AGE.toNanos()) {
            return null;
        }
        return entry.officer();
    }

    void remember(String subject, RegisteredOfficer officer) {
        if (subject != null && bySubject.size() < 100_000) {
            bySubject.put(subject, new Entry(officer, System.nanoTime()));
        }
    }

    /** After a change to an officer record: the next request of that officer reads it again. */
    public void forget(UUID officerId) {
        bySubject.values().removeIf(e -> e.officer().id().equals(officerId));
    }
}
