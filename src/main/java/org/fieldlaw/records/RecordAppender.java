package org.fieldlaw.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.records.model.RecordChain;

/**
 * The one way a line joins a full-process record. Each line carries the hash of the one before
 * it; to find that one safely the appender first takes the owner's lock through the owner's
 * {@link RecordOwner}, so callers never lock for the record. Lines written in the current
 * transaction are remembered, so a second line for the same owner needs neither the lock nor a
 * look-up, and lines are written with the transaction's other changes at commit.
 */
@ApplicationScoped
public class RecordAppender {

    /** The last line this transaction wrote per owner; held by the transaction, gone with it. */
    private record Written(Map<UUID, RecordEntry> last) {
    }

    private final Map<String, RecordOwner> owners = new HashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper mapper;
    private final Clock clock;

    RecordAppender(@All List<RecordOwner> owners, TransactionSynchronizationRegistry transactions, ObjectMapper mapper, Clock clock) {
        owners.forEach(o -> {
            if (this.owners.put(o.kind(), o) != null) {
                throw new IllegalStateException("two record owners of kind " + o.kind());
            }
        });
        this.transactions = transactions;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The first line of an owner created in this transaction: nobody else can see the owner yet, so nothing to lock or look up. */
    public void open(RecordRef owner, Actor actor, RecordLine line) {
        write(owner, null, actor, line);
    }

    /** The next line of an owner's record; call inside the transaction that made the change it records. */
    public void append(RecordRef owner, Actor actor, RecordLine line) {
        RecordEntry last = written().get(owner.id());
        if (last == null) {
            ownerOf(owner.kind()).lock(owner.id());
            last = RecordEntry.last(owner.id());
        }
        if (last != null && !last.ownerKind.equals(owner.kind())) {
            throw new IllegalStateException("the record of " + owner.id() + " belongs to a " + last.ownerKind + ", not a " + owner.kind());
        }
        write(owner, last, actor, line);
    }

    private void write(RecordRef owner, RecordEntry previous, Actor actor, RecordLine line) {
        Actor by = actor == null ? Actor.SYSTEM : actor;
        // Cut to what PostgreSQL keeps, so the stored line hashes the same when read back.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RecordEntry e = new RecordEntry();
        e.key = new RecordEntry.Key(owner.id(), previous == null ? 1 : previous.key.seq() + 1);
        e.ownerKind = owner.kind();
        e.recordedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        e.actorId = by.id();
        e.actorName = by.name();
        e.action = line.action();
        e.detail = StoredJson.write(mapper, line.detail());
        e.latitude = line.latitude();
        e.longitude = line.longitude();
        e.previousHash = previous == null ? RecordChain.GENESIS : previous.hash;
        e.hash = RecordChain.hashOf(e.link());
        e.persist();
        written().put(owner.id(), e);
    }

    private RecordOwner ownerOf(String kind) {
        RecordOwner owner = owners.get(kind);
        if (owner == null) {
            throw new IllegalStateException("no record owner of kind " + kind + " is registered");
        }
        return owner;
    }

    private Map<UUID, RecordEntry> written() {
        Written w = (Written) transactions.getResource(Written.class);
        if (w == null) {
            w = new Written(new HashMap<>());
            transactions.putResource(Written.class, w);
        }
        return w.last();
    }
}
