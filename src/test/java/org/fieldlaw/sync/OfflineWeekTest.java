package org.fieldlaw.sync;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.cases.EnforcementCase;
import org.fieldlaw.patrols.Patrol;
import org.fieldlaw.patrols.Site;
import org.fieldlaw.patrols.SiteVisit;
import org.fieldlaw.patrols.TrackPoint;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A week of offline work (over 200 operations), each day's batch sent two or
 * three times, some cut off mid-request, ends with exactly the intended records, no duplicates, no
 * loss, and every conflict reported.
 */
@QuarkusTest
class OfflineWeekTest {

    private static final int DAYS = 7;

    @Inject
    Bureaus bureaus;

    @Inject
    ObjectMapper mapper;

    private final List<UUID> cases = new ArrayList<>();
    private final List<UUID> sites = new ArrayList<>();
    private final List<UUID> patrols = new ArrayList<>();
    private final Map<UUID, Set<Integer>> fixMinutes = new HashMap<>();

    private static Map<String, Object> op(String kind, UUID target, Long base, Object body) {
        return SyncTest.op(kind, target, base, body);
    }

    private static Map<String, Object> patrol(OffsetDateTime start, OffsetDateTime end) {
        Map<String, Object> p = new HashMap<>();
        p.put("placeCode", AgencyFixture.BAISHA);
        p.put("plannedArea", "离线一周测试片区");
        p.put("officers", List.of(AgencyFixture.CASE_OFFICER_A_ID.toString(), AgencyFixture.CASE_OFFICER_B_ID.toString()));
        p.put("startedAt", start.toString());
        p.put("endedAt", end == null ? null : end.toString());
        return p;
    }

    /** One day's work in the order the phone did it. */
    private List<Map<String, Object>> day(int d, OffsetDateTime monday) {
        List<Map<String, Object>> ops = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            UUID patrol = UUID.randomUUID();
            patrols.add(patrol);
            OffsetDateTime start = monday.plusDays(d).plusHours(1 + 4 * k);
            ops.add(op("PATROL_PUT", patrol, null, patrol(start, null)));
            Set<Integer> minutes = new HashSet<>();
            for (int b = 0; b < 4; b++) {
                List<Map<String, Object>> fixes = new ArrayList<>();
                // batches overlap by two fixes, as a phone resending its tail would
                for (int m = b * 10 - 2; m < b * 10 + 10; m++) {
                    if (m < 0) {
                        continue;
                    }
                    minutes.add(m);
                    fixes.add(Map.of("at", start.plusMinutes(m).toString(), "latitude", 22.1 + m * 0.0001, "longitude", 112.6));
                }
                ops.add(op("PATROL_TRACK", patrol, null, Map.of("points", fixes)));
            }
            fixMinutes.put(patrol, minutes);
            for (int s = 0; s < (k == 0 ? 3 : 2); s++) {
                int n = sites.size();
                UUID site = UUID.randomUUID();
                sites.add(site);
                Map<String, Object> report = new HashMap<>();
                report.put("siteId", site.toString());
                report.put("visitId", UUID.randomUUID().toString());
                report.put("patrolId", patrol.toString());
                report.put("placeCode", AgencyFixture.BAISHA);
                report.put("address", "离线一周测试地块 " + n);
                report.put("planningArea", n % 2 == 0 ? "URBAN_OR_TOWN" : "TOWNSHIP_OR_VILLAGE");
                report.put("visitedAt", start.plusMinutes(15 + s).toString());
                report.put("point", Map.of("latitude", 21.40 + n * 0.005, "longitude", 111.95));
                report.put("observation", Map.of("kind", "NEW_BUILDING", "floors", 1, "constructionInProgress", true, "permitStatus", "NONE"));
                ops.add(op("SITE_REPORT", null, null, report));
                ops.add(op("SITE_VISIT", site, null, Map.of("visitId", UUID.randomUUID().toString(), "patrolId", patrol.toString(),
                        "visitedAt", start.plusMinutes(30 + s).toString(), "point", Map.of("latitude", 21.40 + n * 0.005, "longitude", 111.95),
                        "observation", Map.of("kind", "NEW_BUILDING", "floors", 2, "constructionInProgress", true, "permitStatus", "NONE"))));
            }
            ops.add(op("PATROL_PUT", patrol, null, patrol(start, start.plusHours(2))));
        }
        for (int c = 0; c < 6; c++) {
            UUID id = UUID.randomUUID();
            cases.add(id);
            Map<String, Object> body = new HashMap<>(vending(newParty()));
            body.put("actDate", monday.plusDays(d).toLocalDate().toString());
            ops.add(op("CASE_CREATE", id, null, body));
        }
        return ops;
    }

    /** The push sent in full and the connection closed before the answer: the server acts, the phone never hears. */
    private static void sendAndHangUp(String json) throws Exception {
        rawSend(json, json.getBytes(StandardCharsets.UTF_8).length);
    }

    /** The link drops halfway through the body: the server never gets the whole request. */
    private static void cutMidBody(String json) throws Exception {
        rawSend(json, json.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    private static void rawSend(String json, int bytesSent) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, bytesSent);
            out.flush();
        }
    }

    private List<Map<String, Object>> push(String json) {
        return officer().body(json).post("/api/v1/sync/push").then().statusCode(200).extract().path("results");
    }

    @Test
    void aWeekOfflineSentTwiceOrThriceWithDroppedLinksEndsWithExactlyTheIntendedRecords() throws Exception {
        bureaus.ensureSampleBaselines();
        UUID device = SyncTest.device();
        OffsetDateTime monday = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(8).withHour(8).withMinute(0).withSecond(0).withNano(0);
        List<List<Map<String, Object>>> week = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            week.add(day(d, monday));
        }
        // Friday the phone also edits ten of Monday's cases; meanwhile a colleague online edits five of them.
        List<UUID> edited = cases.subList(0, 10);
        for (UUID id : edited) {
            Map<String, Object> body = new HashMap<>(vending(newParty()));
            body.put("actDate", monday.toLocalDate().toString());
            body.put("summary", "离线补充：当事人已签字确认");
            week.get(4).add(op("CASE_UPDATE", id, 0L, body));
        }
        int total = week.stream().mapToInt(List::size).sum();
        assertTrue(total >= 200, "a week holds " + total + " operations");

        Map<UUID, String> outcomes = new HashMap<>();
        for (int d = 0; d < DAYS; d++) {
            String json = mapper.writeValueAsString(Map.of("deviceId", device.toString(), "operations", week.get(d)));
            if (d % 2 == 0) {
                cutMidBody(json);
            } else {
                sendAndHangUp(json);
            }
            for (Map<String, Object> r : push(json)) {
                outcomes.put(UUID.fromString((String) r.get("id")), (String) r.get("outcome"));
            }
            if (d % 3 == 0) {
                // and once more, as a phone unsure of its last send does
                List<Map<String, Object>> again = push(json);
                assertTrue(again.stream().allMatch(r -> Boolean.TRUE.equals(r.get("replayed"))), "the third send replays every answer");
            }
            if (d == 0) {
                for (UUID id : edited.subList(0, 5)) {
                    Map<String, Object> online = new HashMap<>(vending(newParty()));
                    online.put("actDate", monday.toLocalDate().toString());
                    online.put("summary", "同事在线修改");
                    as(AgencyFixture.CASE_OFFICER_B, Roles.OFFICER).header("If-Match", "\"0\"").body(online).put("/api/v1/cases/" + id)
                            .then().log().ifValidationFails().statusCode(200);
                }
            }
        }

        assertEquals(total, outcomes.size(), "every operation answered once");
        assertEquals(5, outcomes.values().stream().filter("CONFLICT"::equals).count(), outcomes.toString());
        assertEquals(0, outcomes.values().stream().filter("REJECTED"::equals).count());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(cases.size(), EnforcementCase.count("id in ?1", cases), "each case once");
            assertEquals(5, EnforcementCase.count("id in ?1 and summary = '离线补充：当事人已签字确认'", edited), "the five edits without conflict");
            assertEquals(5, EnforcementCase.count("id in ?1 and summary = '同事在线修改'", edited), "the colleague's edits stand");
            assertEquals(sites.size(), Site.count("id in ?1", sites));
            assertEquals(2L * sites.size(), SiteVisit.count("siteId in ?1", sites), "a report and a follow-up visit per site, no more");
            assertEquals(patrols.size(), Patrol.count("id in ?1 and endedAt is not null", patrols), "every patrol ended");
            long fixes = fixMinutes.values().stream().mapToLong(Set::size).sum();
            assertEquals(fixes, TrackPoint.count("key.patrolId in ?1", patrols), "each fix once");
            assertEquals(total, SyncOperation.count("deviceId", device));
            assertEquals(5, SyncConflict.count("deviceId = ?1 and status = 'OPEN'", device));
        });
        officer().queryParam("device", device.toString()).get("/api/v1/sync/status").then().statusCode(200)
                .body("openConflicts", org.hamcrest.Matchers.equalTo(5)).body("counts.CONFLICT", org.hamcrest.Matchers.equalTo(5));
    }
}
