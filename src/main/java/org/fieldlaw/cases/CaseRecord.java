package org.fieldlaw.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.model.RecordChain;
import org.fieldlaw.common.ChainedRecordEntry;

/**
 * Appends to and verifies a case's full-process record. Callers hold the case row locked (every
 * write path loads it for update), so two appends to one case never race for the same seq.
 */
@ApplicationScoped
public class CaseRecord {

    private final ObjectMapper mapper;

    CaseRecord(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CaseRecordEntry append(UUID caseId, Officer actor, String action, Map<String, ?> detail, Double latitude, Double longitude) {
        CaseRecordEntry last = CaseRecordEntry.find("key.caseId = ?1 order by key.seq desc", caseId).firstResult();
        return write(caseId, last == null ? 1 : last.key.seq() + 1, last == null ? RecordChain.GENESIS : last.hash, actor, action,
                detail, latitude, longitude);
    }

    /** The first entry of a case created in this transaction. */
    public CaseRecordEntry appendFirst(UUID caseId, Officer actor, String action, Map<String, ?> detail, Double latitude, Double longitude) {
        return write(caseId, 1, RecordChain.GENESIS, actor, action, detail, latitude, longitude);
    }

    private CaseRecordEntry write(UUID caseId, int seq, String previous, Officer actor, String action, Map<String, ?> detail,
            Double latitude, Double longitude) {
        CaseRecordEntry e = new CaseRecordEntry();
        e.key = new CaseRecordEntry.Key(caseId, seq);
        chain(e, caseId, seq, previous, actor, action, json(detail), latitude, longitude);
        // Flushed at once: a second append in the same transaction must find this one as the last.
        e.persistAndFlush();
        return e;
    }

    /**
     * Fills a record line of a case or a site and its hash over the line and the hash before it; the
     * time is cut to what PostgreSQL keeps, so the stored line hashes the same when read back.
     */
    public static void chain(ChainedRecordEntry e, UUID ownerId, int seq, String previousHash, Officer actor, String action,
            String detailJson, Double latitude, Double longitude) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        e.recordedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        e.actorId = actor == null ? null : actor.id;
        e.actorName = actor == null ? "系统 (system)" : actor.name;
        e.action = action;
        e.detail = detailJson;
        e.latitude = latitude;
        e.longitude = longitude;
        e.previousHash = previousHash;
        e.hash = RecordChain.hash(ownerId, seq, at, e.actorId, e.actorName, action, detailJson, latitude, longitude, previousHash);
    }

    public List<RecordChain.Link> links(UUID caseId) {
        return CaseRecordEntry.ofCase(caseId).stream().map(CaseRecord::link).toList();
    }

    public Optional<RecordChain.Break> verify(UUID caseId) {
        return RecordChain.verify(links(caseId));
    }

    static RecordChain.Link link(CaseRecordEntry e) {
        return new RecordChain.Link(e.key.caseId(), e.key.seq(), e.recordedAt.toInstant(), e.actorId, e.actorName, e.action,
                e.detail, e.latitude, e.longitude, e.previousHash, e.hash);
    }

    private String json(Map<String, ?> detail) {
        try {
            return mapper.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record detail not serialisable", e);
        }
    }
}
