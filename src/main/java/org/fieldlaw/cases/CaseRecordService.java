package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.FileFault;
import org.fieldlaw.cases.CaseDto.RecordEntryView;
import org.fieldlaw.cases.CaseDto.RecordView;
import org.fieldlaw.cases.CaseDto.VerificationView;
import org.fieldlaw.cases.model.RecordChain;
import org.fieldlaw.common.StoredJson;

/** Reading and proving a case's record, for anyone who may see the case. */
@ApplicationScoped
public class CaseRecordService {

    private final CaseService cases;
    private final CaseRecord record;
    /** The record action under which evidence files are attached; its detail names the file's SHA-256. */
    public static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";

    private final ObjectMapper mapper;
    private final AttachedFiles files;

    CaseRecordService(CaseService cases, CaseRecord record, ObjectMapper mapper, AttachedFiles files) {
        this.cases = cases;
        this.record = record;
        this.mapper = mapper;
        this.files = files;
    }

    @Transactional
    public RecordView record(UUID id) {
        cases.visible(id);
        List<RecordEntryView> entries = CaseRecordEntry.ofCase(id).stream().map(e -> new RecordEntryView(e.key.seq(), e.recordedAt,
                e.actorId, e.actorName, e.action, StoredJson.readOrText(mapper, e.detail), e.latitude, e.longitude, e.previousHash, e.hash)).toList();
        return new RecordView(id, entries);
    }

    @Transactional
    public VerificationView verify(UUID id) {
        cases.visible(id);
        List<RecordChain.Link> links = record.links(id);
        Optional<RecordChain.Break> broken = RecordChain.verify(links);
        String last = links.isEmpty() ? null : links.get(links.size() - 1).hash();
        List<FileFault> faults = new ArrayList<>();
        int checked = 0;
        for (RecordChain.Link link : links) {
            if (!EVIDENCE_ATTACHED.equals(link.action())) {
                continue;
            }
            JsonNode detail = StoredJson.readOrText(mapper, link.detail());
            String sha = detail.path("sha256").asText(null);
            String evidenceId = detail.path("evidenceId").asText(null);
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
        return new VerificationView(id, broken.isEmpty() && faults.isEmpty(), links.size(), broken.map(RecordChain.Break::seq).orElse(null),
                broken.map(RecordChain.Break::reason).orElse(null), last, checked, faults);
    }

}
