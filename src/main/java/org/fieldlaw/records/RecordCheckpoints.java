package org.fieldlaw.records;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldlaw.common.OncePerPeriod;
import org.fieldlaw.records.RecordDto.CheckpointCheck;
import org.fieldlaw.records.model.Checkpoint;
import org.fieldlaw.records.model.MerkleTree;
import org.fieldlaw.records.model.RecordChain;
import org.fieldlaw.records.model.RecordHead;
import org.jboss.logging.Logger;

/**
 * Anchors every full-process record outside the database (issue 16): at least daily, the head of each record goes
 * into a checkpoint whose Merkle root the service signs and keeps in {@link CheckpointStore}. A record is then checked
 * against the latest checkpoint with an inclusion proof, so one shortened behind the service's back (its last entries
 * removed with the append-only trigger off) no longer verifies. A checkpoint whose records do not all extend the
 * previous one's is an alarm: logged at ERROR and counted ({@code fieldlaw_record_checkpoint_alarms_total}).
 */
@ApplicationScoped
public class RecordCheckpoints {

    private static final Logger LOG = Logger.getLogger(RecordCheckpoints.class);

    /** What a new checkpoint found: its size and root, and the records that no longer extend the previous checkpoint. */
    public record Made(String root, int size, List<String> alarms) {
    }

    private final EntityManager em;
    private final CheckpointStore store;
    private final CheckpointKey key;
    private final OncePerPeriod once;
    private final Clock clock;
    private final String every;
    private final Counter alarmCounter;

    RecordCheckpoints(EntityManager em, CheckpointStore store, CheckpointKey key, OncePerPeriod once, Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "fieldlaw.records.checkpoints.every") String every) {
        this.em = em;
        this.store = store;
        this.key = key;
        this.once = once;
        this.clock = clock;
        this.every = every;
        this.alarmCounter = Counter.builder("fieldlaw.record.checkpoint.alarms")
                .description("records that no longer extend the previous checkpoint").register(registry);
    }

    @Scheduled(every = "${fieldlaw.records.checkpoints.every}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (once.claim("record-checkpoint", every)) {
            Made made = make();
            LOG.infof("record checkpoint: %d records, root %s, %d alarm(s)", made.size(), made.root(), made.alarms().size());
        }
    }

    /** Takes every record's head now, checks it extends the previous checkpoint, signs and keeps the new one. */
    public Made make() {
        Optional<CheckpointStore.Signed> previous = store.latest();
        List<RecordHead> heads = QuarkusTransaction.requiringNew().call(this::heads);
        List<String> alarms = previous.map(p -> notExtending(p.checkpoint(), heads)).orElse(List.of());
        for (String alarm : alarms) {
            LOG.errorf("record checkpoint alarm: %s", alarm);
            alarmCounter.increment();
        }
        Checkpoint checkpoint = Checkpoint.of(clock.instant().truncatedTo(ChronoUnit.MILLIS), heads,
                previous.map(p -> p.checkpoint().root()).orElse(null));
        store.write(checkpoint, key.publicKey(), key.sign(checkpoint.statement()));
        return new Made(checkpoint.root(), heads.size(), alarms);
    }

    /**
     * The record checked against the latest checkpoint that holds it: the checkpoint signed by this service, the
     * head's inclusion proven up to its root, and the record now still containing that head.
     */
    Optional<CheckpointCheck> check(UUID ownerId, List<RecordChain.Link> links) {
        Optional<CheckpointStore.Signed> latest = store.latest();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CheckpointStore.Signed signed = latest.get();
        Checkpoint c = signed.checkpoint();
        int index = c.indexOf(ownerId);
        if (index < 0) {
            return Optional.empty();
        }
        RecordHead then = c.heads().get(index);
        List<byte[]> path = c.proofFor(index);
        String fault = null;
        if (!java.util.Arrays.equals(signed.publicKey(), key.publicKey()) || !key.verify(c.statement(), signed.signature())) {
            fault = "检查点的签名不是本服务的 (the checkpoint is not signed by this service)";
        } else if (!MerkleTree.verifyInclusion(MerkleTree.leafHash(then.leaf()), index, c.heads().size(),
                path, MerkleTree.unhex(c.root()))) {
            fault = "检查点内容与其根哈希不符 (the checkpoint's heads do not give its root)";
        } else {
            String hashAtThatCount = links.size() >= then.entries() ? links.get(then.entries() - 1).hash() : null;
            if (!then.isExtendedBy(links.size(), hashAtThatCount)) {
                fault = links.size() < then.entries()
                        ? "记录比检查点时更短：第 " + (links.size() + 1) + " 至 " + then.entries() + " 条已不在 (the record is shorter than at the checkpoint: entries "
                                + (links.size() + 1) + " to " + then.entries() + " are gone)"
                        : "第 " + then.entries() + " 条记录与检查点时不同 (entry " + then.entries() + " differs from the checkpoint)";
            }
        }
        return Optional.of(new CheckpointCheck(fault == null, c.madeAt(), c.root(), c.heads().size(), index, then.entries(), then.lastHash(),
                path.stream().map(MerkleTree::hex).toList(), fault));
    }

    private List<RecordHead> heads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (owner_id) owner_id, owner_kind, seq, hash from record_entry order by owner_id, seq desc""")
                .getResultList();
        return rows.stream().map(r -> new RecordHead((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3])).toList();
    }

    /** The records of the previous checkpoint that the heads now do not extend: gone, shorter, or changed at that entry. */
    private List<String> notExtending(Checkpoint previous, List<RecordHead> now) {
        Map<UUID, RecordHead> current = new HashMap<>();
        now.forEach(h -> current.put(h.ownerId(), h));
        List<RecordHead> grown = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        for (RecordHead then : previous.heads()) {
            RecordHead head = current.get(then.ownerId());
            if (head == null || head.entries() < then.entries()) {
                alarms.add(then.ownerKind() + " " + then.ownerId() + ": " + then.entries() + " entries at the last checkpoint, "
                        + (head == null ? 0 : head.entries()) + " now");
            } else if (head.entries() == then.entries()) {
                if (!head.lastHash().equals(then.lastHash())) {
                    alarms.add(then.ownerKind() + " " + then.ownerId() + ": entry " + then.entries() + " changed since the last checkpoint");
                }
            } else {
                grown.add(then);
            }
        }
        for (int from = 0; from < grown.size(); from += 500) {
            List<RecordHead> batch = grown.subList(from, Math.min(grown.size(), from + 500));
            Map<String, String> hashes = QuarkusTransaction.requiringNew().call(() -> hashesAt(batch));
            for (RecordHead then : batch) {
                if (!then.lastHash().equals(hashes.get(then.ownerId() + "/" + then.entries()))) {
                    alarms.add(then.ownerKind() + " " + then.ownerId() + ": entry " + then.entries() + " changed since the last checkpoint");
                }
            }
        }
        return alarms;
    }

    private Map<String, String> hashesAt(List<RecordHead> heads) {
        // Typed values (a UUID and an int each), so the list is safe to write into the statement.
        String wanted = String.join(",", heads.stream().map(h -> "('" + h.ownerId() + "'::uuid," + h.entries() + ")").toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.owner_id, e.seq, e.hash from record_entry e join (values " + wanted
                + ") as h(owner_id, seq) on e.owner_id = h.owner_id and e.seq = h.seq").getResultList();
        Map<String, String> hashes = new HashMap<>();
        rows.forEach(r -> hashes.put(r[0] + "/" + r[1], (String) r[2]));
        return hashes;
    }
}
