package org.fieldlaw.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.records.RecordDto.CheckpointCheck;
import org.fieldlaw.records.RecordDto.FileFault;
import org.fieldlaw.records.RecordDto.Reading;
import org.fieldlaw.records.RecordDto.RecordEntryView;
import org.fieldlaw.records.RecordDto.Verification;
import org.fieldlaw.records.model.RecordChain;

/**
 * Reads a record and proves it intact: every line's hash recomputed and linked to the one before,
 * and, when asked, every evidence file and issued document the lines name re-hashed. Callers check first that the
 * caller may see the owner; call inside a transaction.
 */
@ApplicationScoped
public class RecordVerifier {

    private final ObjectMapper mapper;
    private final AttachedFiles files;
    private final RecordCheckpoints checkpoints;

    RecordVerifier(ObjectMapper mapper, AttachedFiles files, RecordCheckpoints checkpoints) {
        this.mapper = mapper;
        this.files = files;
        this.checkpoints = checkpoints;
    }

    /** The lines for display. */
    public List<RecordEntryView> entries(UUID ownerId) {
        return RecordEntry.of(ownerId).stream().map(this::view).toList();
    }

    /** The lines for display, and where the chain breaks; files are not re-read (cheap enough for every view). */
    public Reading read(UUID ownerId) {
        List<RecordEntry> lines = RecordEntry.of(ownerId);
        Optional<RecordChain.Break> broken = RecordChain.verify(lines.stream().map(RecordEntry::link).toList());
        return new Reading(lines.stream().map(this::view).toList(), broken.map(RecordChain.Break::seq).orElse(null),
                broken.map(RecordChain.Break::reason).orElse(null));
    }

    /** The full proof: the chain, and each attached file as stored now. */
    public Verification verify(UUID ownerId) {
        List<RecordChain.Link> links = RecordEntry.of(ownerId).stream().map(RecordEntry::link).toList();
        Optional<RecordChain.Break> broken = RecordChain.verify(links);
        List<FileFault> faults = new ArrayList<>();
        int checked = 0;
        for (RecordChain.Link link : links) {
            boolean document = RecordActions.DOCUMENT_ISSUED.equals(link.action());
            if (!document && !RecordActions.EVIDENCE_ATTACHED.equals(link.action())) {
                continue;
            }
            JsonNode detail = StoredJson.readOrText(mapper, link.detail());
            String sha = detail.path("sha256").asText(null);
            String evidenceId = detail.path(document ? "documentId" : "evidenceId").asText(null);
            if (sha == null) {
                faults.add(new FileFault(evidenceId, null, "记录中没有文件哈希 (no hash in the record)"));
                continue;
            }
            checked++;
            Optional<String> now = files.rehash(sha);
            if (now.isEmpty()) {
                faults.add(new FileFault(evidenceId, sha, "文件缺失 (file missing)"));
            } else if (!now.get().equals(sha)) {
                faults.add(new FileFault(evidenceId, sha, "文件内容已被改动，现哈希 " + now.get() + " (file altered)"));
            }
        }
        String last = links.isEmpty() ? null : links.get(links.size() - 1).hash();
        // A chain shortened at its end still links up: only a head kept outside the database shows the loss.
        CheckpointCheck checkpoint = links.isEmpty() ? null : checkpoints.check(ownerId, links).orElse(null);
        boolean anchored = checkpoint == null || checkpoint.holds();
        Integer brokenAt = broken.map(RecordChain.Break::seq).orElse(anchored ? null : Math.min(links.size() + 1, checkpoint.entries()));
        String reason = broken.map(RecordChain.Break::reason).orElse(anchored ? null : checkpoint.fault());
        return new Verification(broken.isEmpty() && faults.isEmpty() && anchored, links.size(), brokenAt, reason, last, checked, faults,
                checkpoint);
    }

    private RecordEntryView view(RecordEntry e) {
        return new RecordEntryView(e.key.seq(), e.recordedAt, e.actorId, e.actorName, e.action, StoredJson.readOrText(mapper, e.detail),
                e.latitude, e.longitude, e.previousHash, e.hash);
    }
}
