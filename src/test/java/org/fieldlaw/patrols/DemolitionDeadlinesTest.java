package org.fieldlaw.patrols;

import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Planning Law Art 68: a demolition order whose deadline passed with the building still standing
 * escalates by itself, without waiting for a visit: once per order, to the supervisors' queue and the
 * site's record, with the Art 68 step. Before, only a visit could raise an alarm.
 */
@QuarkusTest
class DemolitionDeadlinesTest {

    private static final String SITES = "/api/v1/sites";

    @Inject
    DemolitionDeadlines deadlines;

    private static String site(double latitude, String... statuses) {
        Map<String, Object> report = Map.of("siteId", UUID.randomUUID().toString(), "visitId", UUID.randomUUID().toString(),
                "visitedAt", "2026-10-02T10:00:00+08:00", "placeCode", "440703001", "address", "白沙街道（拆除期限测试）",
                "planningArea", "URBAN_OR_TOWN", "villaArea", false,
                "point", Map.of("latitude", latitude, "longitude", 113.55, "accuracyM", 5.0),
                "observation", Map.of("kind", "NEW_BUILDING", "floors", 2, "floorArea", 120, "constructionInProgress", false,
                        "permitStatus", "NONE"));
        String id = officer().body(report).post(SITES + "/reports").then().statusCode(201).extract().path("site.id");
        for (String s : statuses) {
            String[] parts = s.split("@");
            String etag = officer().get(SITES + "/" + id).then().extract().header("ETag");
            Map<String, Object> body = new HashMap<>(Map.of("status", parts[0]));
            if (parts.length > 1) {
                body.put("orderDeadline", parts[1]);
            }
            officer().header("If-Match", etag).body(body).put(SITES + "/" + id + "/status").then().statusCode(200);
        }
        return id;
    }

    @Test
    void anOverdueDemolitionOrderRaisesItsAlarmOnceWithoutAVisit() {
        // far from the other site tests' spots, so no report joins another test's site
        double base = 23.10;
        String overdue = site(base, "CONFIRMED_ILLEGAL", "DEMOLITION_ORDERED@2026-11-20");
        String notYet = site(base + 0.01, "CONFIRMED_ILLEGAL", "DEMOLITION_ORDERED@2026-12-20");
        String demolished = site(base + 0.02, "CONFIRMED_ILLEGAL", "DEMOLITION_ORDERED@2026-11-20", "DEMOLISHED");

        deadlines.escalate(LocalDate.of(2026, 11, 20));
        officer().get(SITES + "/" + overdue + "/alarms").then().body("items", hasSize(0));

        assertTrue(deadlines.escalate(LocalDate.of(2026, 11, 21)) >= 1, "the day after the deadline");
        String alarm = officer().get(SITES + "/" + overdue + "/alarms").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("DEMOLITION_OVERDUE"))
                .body("items[0].orderDeadline", equalTo("2026-11-20"))
                .body("items[0].signs[0]", containsString("2026-11-20"))
                .body("items[0].proposedStep", containsString("第六十八条"))
                .extract().path("items[0].id");
        supervisor().get("/api/v1/alarms").then().statusCode(200).body("items.id", hasItem(alarm));
        officer().get(SITES + "/" + overdue + "/record").then().statusCode(200)
                .body("entries.find { it.action == 'DEMOLITION_OVERDUE_ALARM' }.actorId", nullValue())
                .body("entries.find { it.action == 'DEMOLITION_OVERDUE_ALARM' }.detail.orderDeadline", equalTo("2026-11-20"));

        deadlines.escalate(LocalDate.of(2026, 11, 22));
        officer().get(SITES + "/" + overdue + "/alarms").then().body("items", hasSize(1));
        officer().get(SITES + "/" + notYet + "/alarms").then().body("items", hasSize(0));
        officer().get(SITES + "/" + demolished + "/alarms").then().body("items", hasSize(0));
        supervisor().get("/api/v1/alarms").then().body("items.siteId", not(hasItem(notYet)));
    }

    @Test
    void aSweepRaisesNothingWhereNoOrderIsOverdue() {
        deadlines.escalate(LocalDate.of(2026, 12, 31));
        assertEquals(0, deadlines.escalate(LocalDate.of(2026, 12, 31)), "a second sweep on the same day finds nothing new");
    }
}
