package org.fieldlaw.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/sync}. */
public final class SyncDto {

    private SyncDto() {
    }

    /**
     * One change in the feed: which record, its version after the change, whether it was deleted
     * (a tombstone), and where to read it.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String entity, UUID id, UUID parentId, Long version, boolean deleted, OffsetDateTime changedAt, String href) {
    }

    /** A page of changes in order; {@code nextCursor} is where to go on from (the same cursor when nothing new). */
    @RegisterForReflection
    public record ChangePage(List<Change> changes, String nextCursor, boolean hasMore) {
    }

    @RegisterForReflection
    public record DeviceRequest(@NotBlank @Size(max = 200) String name, @Size(max = 64) String platform, @Size(max = 64) String appVersion) {
    }

    @RegisterForReflection
    public record DeviceView(UUID id, UUID officerId, String name, String platform, String appVersion, OffsetDateTime registeredAt,
            OffsetDateTime lastSeenAt) {
    }

    @RegisterForReflection
    public record DeviceList(List<DeviceView> items) {
    }

    /** One operation made offline. {@code id} is the phone's, so a push sent again is recognised operation by operation. */
    @RegisterForReflection
    public record Operation(@NotNull UUID id, @NotNull OperationKind kind, UUID targetId, @Min(0) Long baseVersion,
            @NotNull @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "the request body of the endpoint the kind stands for") JsonNode body) {
    }

    @RegisterForReflection
    public record PushRequest(@NotNull UUID deviceId, @NotEmpty @Size(max = 500) List<@NotNull @Valid Operation> operations) {
    }

    @RegisterForReflection
    @Schema(name = "OperationOutcome")
    public enum Outcome {
        APPLIED, ALREADY_APPLIED, CONFLICT, REJECTED
    }

    /**
     * What became of one operation: its outcome and HTTP-like status, the record as it now stands
     * on the server, or the problem; for a conflict, the conflict's id in the list of conflicts.
     */
    @RegisterForReflection
    public record OperationResult(UUID id, OperationKind kind, UUID targetId, Outcome outcome, int status,
            @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "the record as the endpoint would answer it") JsonNode resource,
            Map<String, Object> problem, UUID conflictId, boolean replayed) {
    }

    @RegisterForReflection
    public record PushResult(UUID deviceId, List<OperationResult> results, Map<Outcome, Long> counts) {
    }

    @RegisterForReflection
    public record ReceivedOperation(UUID id, OperationKind kind, UUID targetId, Outcome outcome, int status, OffsetDateTime receivedAt) {
    }

    /** What the server holds from one device: its operations (newest first) and counts by outcome. */
    @RegisterForReflection
    public record SyncStatus(DeviceView device, Map<Outcome, Long> counts, long openConflicts, List<ReceivedOperation> operations,
            String nextCursor) {
    }

    @RegisterForReflection
    public record ConflictView(UUID id, UUID operationId, UUID deviceId, UUID officerId, String placeCode, OperationKind kind,
            UUID targetId, Long serverVersion,
            @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "what the phone sent") JsonNode received,
            @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "what the server holds") JsonNode server, String detail, String status, OffsetDateTime raisedAt,
            UUID resolvedBy, OffsetDateTime resolvedAt, String resolution) {
    }

    @RegisterForReflection
    public record ConflictList(List<ConflictView> items) {
    }

    @RegisterForReflection
    public record ResolutionRequest(@NotBlank @Size(max = 2000) String resolution) {
    }
}
