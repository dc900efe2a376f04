package org.fieldlaw.sync;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.cases.EnforcementCase;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offline sync (docs/architecture.md §3): the change feed, devices, pushes answered operation by operation, and conflicts kept. */
@QuarkusTest
class SyncTest {

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    static UUID device() {
        UUID id = UUID.randomUUID();
        officer().body(Map.of("name", "执法终端 07", "platform", "HarmonyOS 4", "appVersion", "1.0.0")).put("/api/v1/sync/devices/" + id)
                .then().statusCode(201);
        return id;
    }

    static Map<String, Object> op(String kind, UUID target, Long baseVersion, Object body) {
        Map<String, Object> op = new HashMap<>();
        op.put("id", UUID.randomUUID().toString());
        op.put("kind", kind);
        op.put("targetId", target == null ? null : target.toString());
        op.put("baseVersion", baseVersion);
        op.put("body", body);
        return op;
    }

    @Test
    void theFeedListsWhatChangedInMyScopeInOrderAndGoesOnFromTheCursor() {
        String[] cursor = { null };
        ChangeFeedOrderTest.drain(cursor);
        UUID caseId = UUID.randomUUID();
        officer().body(vending(newParty())).put("/api/v1/cases/" + caseId).then().statusCode(201);
        var page = officer().queryParam("since", cursor[0]).get("/api/v1/sync/changes").then().statusCode(200)
                .body("changes.id", hasItem(caseId.toString())).extract();
        List<Map<String, Object>> changes = page.path("changes");
        Map<String, Object> change = changes.stream().filter(c -> caseId.toString().equals(c.get("id"))).findFirst().orElseThrow();
        assertEquals("CASE", change.get("entity"));
        assertEquals("/api/v1/cases/" + caseId, change.get("href"));
        String next = page.path("nextCursor");
        officer().queryParam("since", next).get("/api/v1/sync/changes").then().statusCode(200)
                .body("changes.id", not(hasItem(caseId.toString()))).body("nextCursor", equalTo(next));
        // another county's officer never sees it; a town officer sees the city's baselines
        String[] theirs = { null };
        List<String> encheng = new ArrayList<>();
        while (true) {
            var p = as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).queryParam("limit", 1000).queryParam("since", theirs[0] == null ? "" : theirs[0])
                    .get("/api/v1/sync/changes").then().statusCode(200).extract();
            encheng.addAll(p.path("changes.id"));
            theirs[0] = p.path("nextCursor");
            if (!(Boolean) p.path("hasMore")) {
                break;
            }
        }
        assertTrue(!encheng.contains(caseId.toString()), "恩城's feed holds no 白沙 case");
        officer().queryParam("limit", 1000).get("/api/v1/sync/changes").then().body("changes.entity", hasItem("BASELINE"));
        officer().queryParam("since", "not-a-cursor").get("/api/v1/sync/changes").then().statusCode(400);
        officer().queryParam("limit", 5000).get("/api/v1/sync/changes").then().statusCode(400);
    }

    @Test
    void aDeletedAssignmentComesAsATombstone() {
        String[] cursor = { null };
        ChangeFeedOrderTest.drain(cursor);
        UUID id = UUID.randomUUID();
        String etag = supervisor().body(Map.of("placeCode", AgencyFixture.BAISHA, "areaName", "临时片区（同步测试）", "everyWorkingDays", 5))
                .put("/api/v1/patrol-assignments/" + id).then().statusCode(201).extract().header("ETag");
        supervisor().delete("/api/v1/patrol-assignments/" + id).then().statusCode(428);
        supervisor().header("If-Match", etag).delete("/api/v1/patrol-assignments/" + id).then().statusCode(204);
        List<Map<String, Object>> changes = officer().queryParam("since", cursor[0]).get("/api/v1/sync/changes").then().extract().path("changes");
        List<Map<String, Object>> mine = changes.stream().filter(c -> id.toString().equals(c.get("id"))).toList();
        assertEquals(2, mine.size(), mine.toString());
        assertEquals(true, mine.get(1).get("deleted"));
        assertEquals(null, mine.get(1).get("href"));
    }

    @Test
    void devicesBelongToTheOfficerWhoRegisteredThem() {
        UUID id = device();
        officer().body(Map.of("name", "执法终端 07（换电池）")).put("/api/v1/sync/devices/" + id).then().statusCode(200)
                .body("name", equalTo("执法终端 07（换电池）"));
        as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).body(Map.of("name", "别人的")).put("/api/v1/sync/devices/" + id).then().statusCode(409);
        as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).queryParam("device", id.toString()).get("/api/v1/sync/status").then().statusCode(404);
        officer().get("/api/v1/sync/devices").then().statusCode(200).body("items.id", hasItem(id.toString()));
        officer().body(Map.of("name", "")).put("/api/v1/sync/devices/" + UUID.randomUUID()).then().statusCode(400);
        officer().get("/api/v1/sync/status").then().statusCode(400);
        // an empty device parameter is a missing one (found by fuzzing: it was a 500)
        officer().queryParam("device", "").get("/api/v1/sync/status").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("device"));
        officer().queryParam("device", "not-a-uuid").get("/api/v1/sync/status").then().statusCode(400);
    }

    @Test
    void aPushIsAppliedInOrderEachOperationAnsweredAndOneBadOperationLosesNothingElse() {
        UUID device = device();
        UUID caseId = UUID.randomUUID();
        Map<String, Object> create = op("CASE_CREATE", caseId, null, vending(newParty()));
        Map<String, Object> invalid = op("CASE_CREATE", UUID.randomUUID(), null, Map.of("procedure", "GENERAL"));
        Map<String, Object> stale = op("CASE_UPDATE", caseId, 99L, create.get("body"));
        UUID otherCase = UUID.randomUUID();
        Map<String, Object> second = op("CASE_CREATE", otherCase, null, vending(newParty()));
        Map<String, Object> push = Map.of("deviceId", device.toString(), "operations", List.of(create, invalid, stale, second));
        officer().body(push).post("/api/v1/sync/push").then().statusCode(200)
                .body("results", hasSize(4))
                .body("results[0].outcome", equalTo("APPLIED")).body("results[0].status", equalTo(201))
                .body("results[0].resource.id", equalTo(caseId.toString()))
                .body("results[1].outcome", equalTo("REJECTED")).body("results[1].status", equalTo(400))
                .body("results[1].problem.violations.field", hasItem("body.violationCode"))
                .body("results[2].outcome", equalTo("CONFLICT")).body("results[2].status", equalTo(412))
                .body("results[2].conflictId", notNullValue())
                .body("results[3].outcome", equalTo("APPLIED"))
                .body("counts.APPLIED", equalTo(2)).body("counts.CONFLICT", equalTo(1)).body("counts.REJECTED", equalTo(1));
        // the answer was lost: the same push again replays every answer and acts on nothing
        officer().body(push).post("/api/v1/sync/push").then().statusCode(200)
                .body("results.replayed", equalTo(List.of(true, true, true, true)))
                .body("results[0].outcome", equalTo("APPLIED")).body("results[2].outcome", equalTo("CONFLICT"));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> EnforcementCase.count("id in ?1", List.of(caseId, otherCase))));
        // the same case created again under a new operation id: already applied, not a second case
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(op("CASE_CREATE", caseId, null, create.get("body")))))
                .post("/api/v1/sync/push").then().body("results[0].outcome", equalTo("ALREADY_APPLIED")).body("results[0].status", equalTo(200));
        // an operation id reused for another operation is refused and not stored over the first
        Map<String, Object> reused = new HashMap<>(second);
        reused.put("targetId", UUID.randomUUID().toString());
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(reused))).post("/api/v1/sync/push").then()
                .body("results[0].outcome", equalTo("REJECTED")).body("results[0].status", equalTo(409));
        officer().queryParam("device", device.toString()).get("/api/v1/sync/status").then().statusCode(200)
                .body("operations", hasSize(5)).body("counts.CONFLICT", equalTo(1)).body("openConflicts", equalTo(1));
    }

    @Test
    void aConflictIsListedForTheOfficerAndTheSupervisorUntilSomeoneResolvesIt() {
        UUID device = device();
        UUID caseId = UUID.randomUUID();
        officer().body(vending(newParty())).put("/api/v1/cases/" + caseId).then().statusCode(201);
        String party = newParty();
        Map<String, Object> edit = new HashMap<>(vending(party));
        edit.put("summary", "离线时补充的案情");
        String conflict = officer().body(Map.of("deviceId", device.toString(), "operations", List.of(op("CASE_UPDATE", caseId, 5L, edit))))
                .post("/api/v1/sync/push").then().body("results[0].outcome", equalTo("CONFLICT")).extract().path("results[0].conflictId");
        officer().get("/api/v1/sync/conflicts").then().statusCode(200).body("items.id", hasItem(conflict));
        supervisor().get("/api/v1/sync/conflicts").then().statusCode(200)
                .body("items.find { it.id == '" + conflict + "' }.received.summary", equalTo("离线时补充的案情"))
                // both sides show the party masked, as the case does until a recorded reveal
                .body("items.find { it.id == '" + conflict + "' }.received.party.idNumber", equalTo("**************" + party.substring(14)))
                .body("items.find { it.id == '" + conflict + "' }.received.party.name", equalTo("张**"))
                .body("items.find { it.id == '" + conflict + "' }.server.party.redacted", equalTo(true))
                .body("items.find { it.id == '" + conflict + "' }.server.id", equalTo(caseId.toString()))
                .body("items.find { it.id == '" + conflict + "' }.serverVersion", equalTo(0));
        as(AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR).get("/api/v1/sync/conflicts").then().body("items.id", not(hasItem(conflict)));
        as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).body(Map.of("resolution", "x")).post("/api/v1/sync/conflicts/" + conflict + "/resolution")
                .then().statusCode(404);
        supervisor().body(Map.of("resolution", "已按现场记录重新编辑案件")).post("/api/v1/sync/conflicts/" + conflict + "/resolution").then()
                .statusCode(200).body("status", equalTo("RESOLVED"));
        officer().get("/api/v1/sync/conflicts").then().body("items.id", not(hasItem(conflict)));
        officer().queryParam("status", "ALL").get("/api/v1/sync/conflicts").then().body("items.id", hasItem(conflict));
        supervisor().body(Map.of("resolution", "again")).post("/api/v1/sync/conflicts/" + conflict + "/resolution").then().statusCode(409);
    }

    @Test
    void aPushFromSomeoneElsesDeviceOrWithoutOperationsIsRefused() {
        UUID device = device();
        as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).body(Map.of("deviceId", device.toString(), "operations",
                List.of(op("CASE_CREATE", UUID.randomUUID(), null, vending(newParty()))))).post("/api/v1/sync/push").then().statusCode(404);
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of())).post("/api/v1/sync/push").then().statusCode(400);
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(Map.of("id", UUID.randomUUID().toString(), "kind", "NOPE",
                "body", Map.of())))).post("/api/v1/sync/push").then().statusCode(400);
    }
}
