package org.fieldlaw.patrols;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/patrols} and {@code /api/v1/patrol-assignments}. */
public final class PatrolDto {

    private PatrolDto() {
    }

    @RegisterForReflection
    public record OfficerRef(UUID officerId, String name) {
    }

    /**
     * A patrol as the phone holds it. Sent again unchanged it is the same patrol; sent again with
     * {@code endedAt} filled in, the patrol has ended. Any other difference is a conflict.
     */
    @RegisterForReflection
    public record PatrolRequest(
            UUID assignmentId,
            @NotBlank @Size(max = 12) String placeCode,
            @Size(max = 2000) String plannedArea,
            @NotNull @Size(min = 2, max = 10, message = "巡查须有两名以上执法人员 (two to ten officers)") List<@NotNull UUID> officers,
            @NotNull OffsetDateTime startedAt,
            OffsetDateTime endedAt) {
    }

    @RegisterForReflection
    public record PatrolView(UUID id, UUID assignmentId, String placeCode, String plannedArea, List<OfficerRef> officers,
            OffsetDateTime startedAt, OffsetDateTime endedAt, long trackPoints, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            long version) {
    }

    @RegisterForReflection
    public record PatrolList(List<PatrolView> items) {
    }

    /** A GPS fix: the phone's time of the fix is its identity. */
    @RegisterForReflection
    public record Fix(
            @NotNull OffsetDateTime at,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0") @DecimalMax("100000") Double accuracyM) {
    }

    @RegisterForReflection
    public record TrackBatch(@NotEmpty @Size(max = 2000) List<@NotNull @Valid Fix> points) {
    }

    /** What became of a batch: fixes added, fixes already held, fixes contradicting a held one (kept out), and the track's size. */
    @RegisterForReflection
    public record TrackReceipt(int received, int added, int duplicates, List<Fix> conflicting, long totalPoints) {
    }

    /** The track in time order, with its length and a GeoJSON LineString for the console map. */
    @RegisterForReflection
    public record Track(UUID patrolId, List<Fix> points, double metres, Map<String, Object> geometry) {
    }

    @RegisterForReflection
    public record AssignmentRequest(
            @NotBlank @Size(max = 12) String placeCode,
            @NotBlank @Size(max = 200) String areaName,
            @Size(max = 2000) String route,
            @NotNull @Min(1) @Max(60) Integer everyWorkingDays,
            @Size(max = 20) List<@NotNull UUID> officers,
            Boolean active) {
    }

    /** An assignment with when the area was last patrolled and when the next patrol is due (working days). */
    @RegisterForReflection
    public record AssignmentView(UUID id, String placeCode, String areaName, String route, int everyWorkingDays,
            List<OfficerRef> officers, boolean active, UUID assignedBy, OffsetDateTime lastPatrolAt, LocalDate nextPatrolDue,
            boolean overdue, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    @RegisterForReflection
    public record AssignmentList(List<AssignmentView> items) {
    }
}
