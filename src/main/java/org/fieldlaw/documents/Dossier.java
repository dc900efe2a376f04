package org.fieldlaw.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a case file (案卷) holds, as the feature that owns it describes it: the cover's particulars, the issued
 * documents in the order issued, the evidence with its hashes, the full-process record line by line and the
 * result of verifying it. The dossier writers know nothing more of the feature.
 */
@RegisterForReflection
public record Dossier(String title, String number, @JsonProperty("issuer") String issuer, List<Field> cover, List<IssuedPart> documents, List<Exhibit> evidence,
        List<RecordRow> record, RecordCheck check, OffsetDateTime compiledAt) {

    @RegisterForReflection
    public record Field(String label, String value) {
    }

    /** An issued document; {@code kind} its code (penalty-decision), {@code sha256} names its bytes in the evidence store. */
    @RegisterForReflection
    public record IssuedPart(String kind, String title, String number, @JsonProperty("issuedAt") String issuedAt, String sha256, boolean inForce) {
    }

    /** A file of evidence; {@code mediaType} decides whether it gets a thumbnail. */
    @RegisterForReflection
    public record Exhibit(int n, String kind, String filename, String capturedAt, String sha256, long size, String mediaType) {
    }

    @RegisterForReflection
    public record RecordRow(int seq, String at, String actor, String action, String hash) {
    }

    /** The record's verification: the chain intact, how many lines, the last hash, files re-hashed and what failed. */
    @RegisterForReflection
    public record RecordCheck(boolean intact, int entries, String lastHash, int filesChecked, List<String> faults) {
    }

    /** Where the bytes of a file named by its SHA-256 come from. */
    @FunctionalInterface
    public interface Files {
        void copy(String sha256, java.io.OutputStream out);
    }
}
