package org.fieldlaw.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of a record, whoever owns it. */
public final class RecordDto {

    private RecordDto() {
    }

    @RegisterForReflection
    public record RecordEntryView(int seq, OffsetDateTime recordedAt, UUID actorId, String actorName, String action,
            @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "what the step recorded") JsonNode detail,
            Double latitude, Double longitude, String previousHash, String hash) {
    }

    /** The record as read, with the first break of its chain, if any. */
    public record Reading(List<RecordEntryView> entries, Integer brokenAt, String reason) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** A file the record names that is missing or altered; {@code evidenceId} is the evidence's id, or an issued document's. */
    @RegisterForReflection
    public record FileFault(String evidenceId, String sha256, String reason) {
    }

    /**
     * The record against the latest signed checkpoint that holds it: its head then ({@code entries}, {@code lastHash}),
     * its place and the inclusion proof up to the signed root, and whether the record still contains that head.
     */
    @RegisterForReflection
    public record CheckpointCheck(boolean holds, Instant madeAt, String root, int size, int index, int entries, String lastHash,
            List<String> proof, String fault) {
    }

    /** The chain checked line by line, against the latest checkpoint, and every file it names re-hashed. */
    public record Verification(boolean intact, int entries, Integer brokenAt, String reason, String lastHash, int filesChecked,
            List<FileFault> fileFaults, CheckpointCheck checkpoint) {
    }
}
