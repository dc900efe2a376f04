package org.fieldlaw.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;

/** Builds case requests and drives cases through the API, so a test reads as the procedure it checks. */
public final class CaseApi {

    public static final String CASES = "/api/v1/cases/";
    /** A valid resident ID number (born 1985-06-12). */
    public static final String ADULT_ID = "440703198506120022";

    private CaseApi() {
    }

    /** A valid resident ID number (check character computed, GB 11643), distinct for each n below 1000. */
    public static String residentId(int n) {
        String body = "44070319850612" + String.format("%03d", n);
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PARTY = new java.util.concurrent.atomic.AtomicInteger(100);

    /** A resident ID no other test has used in this run: a party with no history. */
    public static String newParty() {
        return residentId(NEXT_PARTY.getAndIncrement());
    }

    public static RequestSpecification as(String username, String role) {
        return given().auth().oauth2(Tokens.of(username, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification officer() {
        return as(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
    }

    public static RequestSpecification supervisor() {
        return as(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
    }

    /** A general-procedure case of street vending (JM-CG-001) in 白沙 by the two certified case officers. */
    public static Map<String, Object> vending(String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedure", "GENERAL");
        body.put("source", "PATROL");
        body.put("violationCode", "JM-CG-001");
        body.put("place", Map.of("code", AgencyFixture.BAISHA, "address", "江门市蓬江区白沙大道西 1 号",
                "point", Map.of("latitude", 22.5895, "longitude", 113.0817, "accuracyM", 8.0)));
        body.put("actDate", LocalDate.now().minusDays(20).toString());
        body.put("party", new HashMap<>(Map.of("kind", "PERSON", "name", "张三丰", "idNumber", idNumber)));
        body.put("officers", new ArrayList<>(List.of(
                Map.of("officerId", AgencyFixture.CASE_OFFICER_A_ID.toString(), "investigator", true),
                Map.of("officerId", AgencyFixture.CASE_OFFICER_B_ID.toString(), "investigator", true))));
        body.put("summary", "在白沙大道西人行道摆卖水果，经劝导未离开。");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Creates the case and answers its id. */
    public static UUID create(Map<String, Object> body) {
        UUID id = UUID.randomUUID();
        officer().body(body).put(CASES + id).then().statusCode(201);
        return id;
    }

    public static String version(UUID id) {
        return supervisor().get(CASES + id).then().statusCode(200).extract().header("ETag");
    }

    /** One step, with the version read just before it. */
    public static ValidatableResponse step(RequestSpecification as, UUID id, Map<String, Object> transition) {
        return as.header("If-Match", version(id)).body(transition).post(CASES + id + "/transitions").then();
    }

    public static ValidatableResponse step(UUID id, String to) {
        return step(officer(), id, Map.of("to", to));
    }

    public static ValidatableResponse event(RequestSpecification as, UUID id, Map<String, Object> event) {
        return as.header("If-Match", version(id)).body(event).post(CASES + id + "/events").then();
    }

    /**
     * A vending case decided at {@code fine}: proposed (with reasons, and approved by the supervisor, when
     * outside the assessed 100–140), notified, statement and defence waived in writing, decided.
     */
    public static UUID decided(String party, int fine) {
        UUID id = create(vending(party));
        step(id, "FILED").statusCode(200);
        step(id, "INVESTIGATING").statusCode(200);
        boolean outside = fine < 100 || fine > 140;
        step(officer(), id, outside ? Map.of("to", "PROPOSED", "proposedFine", fine, "deviationReasons", "情节特殊")
                : Map.of("to", "PROPOSED", "proposedFine", fine)).statusCode(200);
        if (outside) {
            event(supervisor(), id, Map.of("kind", "DEVIATION_APPROVAL")).statusCode(200);
        }
        step(id, "NOTIFIED").statusCode(200);
        event(officer(), id, Map.of("kind", "NOTICE_WAIVER", "text", "书面放弃。")).statusCode(200);
        step(supervisor(), id, Map.of("to", "DECIDED")).statusCode(200);
        return id;
    }

    /** A vending case the supervisor decided not to penalise (the violation was not established), with the education given. */
    public static UUID noPenalty() {
        UUID id = create(vending(newParty()));
        step(id, "FILED").statusCode(200);
        step(id, "INVESTIGATING").statusCode(200);
        step(supervisor(), id, Map.of("to", "NO_PENALTY", "note", "经查，摊位系他人所设，违法事实不能成立。", "educationRecord", "已宣讲市容管理规定。"))
                .statusCode(200);
        return id;
    }

    /** The same, closed: a case for a case-file inspection to sample. */
    public static UUID closedWithoutPenalty() {
        UUID id = noPenalty();
        step(supervisor(), id, Map.of("to", "CLOSED")).statusCode(200);
        return id;
    }

    /** A 120-yuan vending case of an act on 2026-10-30, filed and under investigation since Monday 2026-11-02. */
    public static UUID investigatingSince2November() {
        UUID id = create(with(vending(newParty()), "actDate", "2026-10-30"));
        step(officer(), id, Map.of("to", "FILED", "on", "2026-11-02")).statusCode(200);
        step(officer(), id, Map.of("to", "INVESTIGATING", "on", "2026-11-02")).statusCode(200);
        return id;
    }

    /** Proposes 120 yuan and notifies it on 2026-11-03, the notice not waived. */
    public static void notifiedOn3November(UUID id) {
        step(officer(), id, Map.of("to", "PROPOSED", "proposedFine", 120, "on", "2026-11-03")).statusCode(200);
        step(officer(), id, Map.of("to", "NOTIFIED", "on", "2026-11-03")).statusCode(200);
    }

    /** Decided on 2026-11-16, after the statement-and-defence window of the 11-03 notice closed. */
    public static void decidedOn16November(UUID id) {
        step(supervisor(), id, Map.of("to", "DECIDED", "on", "2026-11-16")).statusCode(200);
    }
}
