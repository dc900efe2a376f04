package org.fieldlaw.patrols;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.cases.CaseRecord;
import org.fieldlaw.cases.model.RecordChain;

/**
 * A site's full-process record: the report, each visit, status changes, alarms, evidence and the
 * conversion into a case, chained by hash as a case's record is. Callers hold the site row locked.
 */
@ApplicationScoped
public class SiteRecord {

    public static final String REPORTED = "REPORTED";
    public static final String VISITED = "VISITED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String ALARM_RAISED = "CONTINUED_BUILDING_ALARM";
    public static final String ALARM_ACKNOWLEDGED = "ALARM_ACKNOWLEDGED";
    public static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";
    public static final String CONVERTED = "CONVERTED_TO_CASE";

    private final ObjectMapper mapper;

    SiteRecord(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public SiteRecordEntry append(UUID siteId, Officer actor, String action, Map<String, ?> detail, Double latitude, Double longitude) {
        SiteRecordEntry last = SiteRecordEntry.find("key.siteId = ?1 order by key.seq desc", siteId).firstResult();
        return after(last, siteId, actor, action, detail, latitude, longitude);
    }

    /** The next entry after {@code last} (null: the first of a site created in this transaction), without looking it up. */
    public SiteRecordEntry after(SiteRecordEntry last, UUID siteId, Officer actor, String action, Map<String, ?> detail, Double latitude,
            Double longitude) {
        int seq = last == null ? 1 : last.key.seq() + 1;
        String previous = last == null ? RecordChain.GENESIS : last.hash;
        String json;
        try {
            json = mapper.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record detail not serialisable", e);
        }
        SiteRecordEntry e = new SiteRecordEntry();
        e.key = new SiteRecordEntry.Key(siteId, seq);
        CaseRecord.chain(e, siteId, seq, previous, actor, action, json, latitude, longitude);
        // Flushed at once: a second append in the same transaction must find this one as the last.
        e.persistAndFlush();
        return e;
    }

    static RecordChain.Link link(SiteRecordEntry e) {
        return new RecordChain.Link(e.key.siteId(), e.key.seq(), e.recordedAt.toInstant(), e.actorId, e.actorName, e.action, e.detail,
                e.latitude, e.longitude, e.previousHash, e.hash);
    }
}
