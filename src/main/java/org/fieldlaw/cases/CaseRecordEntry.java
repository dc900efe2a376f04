package org.fieldlaw.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.ChainedRecordEntry;

/** One line of a case's full-process record (全过程记录); never updated, never deleted. */
@Entity
@Table(name = "case_record_entry")
public class CaseRecordEntry extends ChainedRecordEntry {

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public static List<CaseRecordEntry> ofCase(UUID caseId) {
        return list("key.caseId = ?1 order by key.seq", caseId);
    }
}
