package org.fieldlaw.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.cases.CaseDto.RecordEntryView;
import org.fieldlaw.cases.CaseDto.RecordView;
import org.fieldlaw.cases.CaseDto.VerificationView;
import org.fieldlaw.cases.model.RecordChain;

/** Reading and proving a case's record, for anyone who may see the case. */
@ApplicationScoped
public class CaseRecordService {

    private final CaseService cases;
    private final CaseRecord record;
    private final ObjectMapper mapper;

    CaseRecordService(CaseService cases, CaseRecord record, ObjectMapper mapper) {
        this.cases = cases;
        this.record = record;
        this.mapper = mapper;
    }

    @Transactional
    public RecordView record(UUID id) {
        cases.visible(id);
        List<RecordEntryView> entries = CaseRecordEntry.ofCase(id).stream().map(e -> new RecordEntryView(e.key.seq(), e.recordedAt,
                e.actorId, e.actorName, e.action, tree(e.detail), e.latitude, e.longitude, e.previousHash, e.hash)).toList();
        return new RecordView(id, entries);
    }

    @Transactional
    public VerificationView verify(UUID id) {
        cases.visible(id);
        List<RecordChain.Link> links = record.links(id);
        Optional<RecordChain.Break> broken = RecordChain.verify(links);
        String last = links.isEmpty() ? null : links.get(links.size() - 1).hash();
        return new VerificationView(id, broken.isEmpty(), links.size(), broken.map(RecordChain.Break::seq).orElse(null),
                broken.map(RecordChain.Break::reason).orElse(null), last);
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            // A tampered detail that is no longer JSON is shown as text; verification names the entry.
            return mapper.getNodeFactory().textNode(json);
        }
    }
}
