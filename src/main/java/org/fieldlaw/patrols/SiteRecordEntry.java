package org.fieldlaw.patrols;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.common.ChainedRecordEntry;

/** One line of a site's full-process record; never updated, never deleted. */
@Entity
@Table(name = "site_record_entry")
public class SiteRecordEntry extends ChainedRecordEntry {

    @Embeddable
    public record Key(@Column(name = "site_id") UUID siteId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public static List<SiteRecordEntry> ofSite(UUID siteId) {
        return list("key.siteId = ?1 order by key.seq", siteId);
    }
}
