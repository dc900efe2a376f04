package org.fieldlaw.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemMappers;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.sync.SyncDto.Operation;
import org.fieldlaw.sync.SyncDto.OperationResult;
import org.fieldlaw.sync.SyncDto.Outcome;
import org.fieldlaw.sync.SyncDto.PushRequest;
import org.fieldlaw.sync.SyncDto.PushResult;

/**
 * Applies a batch of offline operations in order, each on its own, each answered on its own: one
 * refused operation never takes the others with it. Every operation is stored with its answer
 * under the phone's id, so a batch sent again (the answer was lost) replays the answers instead of
 * acting twice. A change that meets a newer version on the server is a conflict, kept with both
 * sides for the officer and the supervisor: nothing is overwritten silently.
 */
@ApplicationScoped
public class PushService {

    private final Caller caller;
    private final OperationRunner runner;
    private final ObjectMapper mapper;
    private final Clock clock;

    PushService(Caller caller, OperationRunner runner, ObjectMapper mapper, Clock clock) {
        this.caller = caller;
        this.runner = runner;
        this.mapper = mapper;
        this.clock = clock;
    }

    public PushResult push(PushRequest r) {
        UUID me = caller.officer().id();
        String home = caller.jurisdictionCode();
        // The device row stays locked for the whole batch: a batch resent while the first copy is still
        // being applied waits for it, then finds every operation answered.
        return QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
            Device device = Device.findById(r.deviceId(), LockModeType.PESSIMISTIC_WRITE);
            if (device == null || !device.officerId.equals(me)) {
                throw ApiException.notFound("设备 (device; register it with PUT /api/v1/sync/devices/{id})", r.deviceId());
            }
            device.lastSeenAt = OffsetDateTime.now(clock);
            List<OperationResult> results = new ArrayList<>();
            for (int i = 0; i < r.operations().size(); i++) {
                results.add(one(device.id, me, home, r.operations().get(i), i));
            }
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            results.forEach(x -> counts.merge(x.outcome(), 1L, Long::sum));
            return new PushResult(device.id, results, counts);
        });
    }

    private OperationResult one(UUID deviceId, UUID me, String home, Operation op, int index) {
        // Read back from its text, as the stored copy is, so numbers compare alike (99 as int, not long).
        JsonNode request = StoredJson.read(mapper, mapper.valueToTree(op).toString());
        SyncOperation seen = QuarkusTransaction.requiringNew().call(() -> SyncOperation.findById(op.id()));
        if (seen != null) {
            if (!seen.deviceId.equals(deviceId) || !StoredJson.read(mapper, seen.request).equals(request)) {
                return new OperationResult(op.id(), op.kind(), op.targetId(), Outcome.REJECTED, 409, null,
                        problem(new ApiException(ProblemType.CONFLICT, "该操作编号已用于另一操作 (this operation id was used for another operation)")),
                        null, false);
            }
            return replay(seen);
        }
        Outcome outcome;
        int status;
        JsonNode resource = null;
        Map<String, Object> problem = null;
        ApiException refusal = null;
        try {
            OperationRunner.Done done = runner.run(op);
            outcome = done.alreadyThere() ? Outcome.ALREADY_APPLIED : Outcome.APPLIED;
            status = done.created() ? 201 : 200;
            resource = mapper.valueToTree(done.resource());
        } catch (ApiException e) {
            refusal = e;
            status = e.type().status();
            problem = problem(e);
            outcome = e.type().equals(ProblemType.CONFLICT) || e.type().equals(ProblemType.STALE_VERSION) ? Outcome.CONFLICT : Outcome.REJECTED;
        } catch (RuntimeException e) {
            if (ProblemMappers.databaseUnreachable(e)) {
                // The whole batch is answered 503 and sent again; the operations already applied replay their answers.
                throw e;
            }
            Log.errorf(e, "offline operation %s (%s) failed", op.id(), op.kind());
            // Answered, not kept: a failure of ours must not become this operation's answer for ever (a resend tries again).
            return new OperationResult(op.id(), op.kind(), op.targetId(), Outcome.REJECTED, 500, null,
                    problem(new ApiException(ProblemType.INTERNAL, "处理该操作时出错，请稍后重发 (the operation failed; send it again later)")), null, false);
        }
        UUID conflictId = outcome == Outcome.CONFLICT ? UUID.randomUUID() : null;
        OperationResult result = new OperationResult(op.id(), op.kind(), op.targetId(), outcome, status, resource, problem, conflictId, false);
        ApiException conflict = refusal;
        QuarkusTransaction.requiringNew().run(() -> {
            SyncOperation stored = new SyncOperation();
            stored.id = op.id();
            stored.deviceId = deviceId;
            stored.seqInBatch = index;
            stored.kind = op.kind();
            stored.targetId = op.targetId();
            stored.outcome = result.outcome();
            stored.status = result.status();
            stored.request = request.toString();
            stored.response = StoredJson.write(mapper, result);
            stored.receivedAt = OffsetDateTime.now(clock);
            stored.persistAndFlush();
            if (conflictId != null) {
                recordConflict(conflictId, stored, me, home, op, conflict);
            }
        });
        return result;
    }

    private void recordConflict(UUID id, SyncOperation operation, UUID me, String home, Operation op, ApiException e) {
        Map<String, Object> extensions = e.toProblem().extensions();
        Object server = extensions.containsKey("current") ? extensions.get("current") : extensions.get("stored");
        SyncConflict c = new SyncConflict();
        c.id = id;
        c.operationId = operation.id;
        c.deviceId = operation.deviceId;
        c.officerId = me;
        c.placeCode = runner.placeOf(op).orElse(home);
        c.kind = op.kind();
        c.targetId = op.targetId();
        c.serverVersion = extensions.get("currentVersion") instanceof Number n ? n.longValue() : null;
        c.received = op.body().toString();
        c.server = server == null ? null : StoredJson.write(mapper, server);
        c.detail = e.getMessage().length() > 2000 ? e.getMessage().substring(0, 2000) : e.getMessage();
        c.status = ConflictStatus.OPEN;
        c.raisedAt = OffsetDateTime.now(clock);
        c.persist();
    }

    private OperationResult replay(SyncOperation seen) {
        OperationResult stored = StoredJson.read(mapper, seen.response, OperationResult.class);
        return new OperationResult(stored.id(), stored.kind(), stored.targetId(), stored.outcome(), stored.status(), stored.resource(),
                stored.problem(), stored.conflictId(), true);
    }

    private Map<String, Object> problem(ApiException e) {
        Problem p = e.toProblem();
        return mapper.convertValue(p, new TypeReference<Map<String, Object>>() {
        });
    }
}
