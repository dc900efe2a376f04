package org.fieldlaw.agency;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.AgencyFixture.BAISHA_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.CITY_ADMIN;
import static org.fieldlaw.testing.AgencyFixture.ENCHENG_OFFICER;
import static org.fieldlaw.testing.AgencyFixture.PENGJIANG_ADMIN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The working-day calendar over HTTP (APL Art 85), and who may replace a year's schedule. */
@QuarkusTest
class CalendarResourceTest {

    private static final String CALENDAR = "/api/v1/agency/calendar";

    private static RequestSpecification as(String username, String role) {
        return given().auth().oauth2(Tokens.of(username, role)).contentType(ContentType.JSON);
    }

    @Test
    void sevenWorkingDaysFromTheEveOfNationalDay2026EndOnThe15thOfOctober() {
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2026-09-30&workingDays=7")
                .then().statusCode(200).body("due", equalTo("2026-10-15")).body("scheduleLoaded", equalTo(true))
                .body("warning", nullValue());
    }

    @Test
    void workingDaysAcrossSpringFestival2026() {
        as(ENCHENG_OFFICER, Roles.OFFICER).get(CALENDAR + "/working-days?from=2026-02-13&to=2026-03-02")
                .then().statusCode(200).body("workingDays", equalTo(7));
    }

    @Test
    void theShippedScheduleOf2026IsLoadedWithItsMakeUpDays() {
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/2026").then().statusCode(200)
                .body("scheduleLoaded", equalTo(true)).header("ETag", notNullValue())
                .body("days.find { it.date == '2026-10-10' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2026-02-17' }.kind", equalTo("HOLIDAY"));
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutScheduleCarriesAWarning() {
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2029-12-28&workingDays=5")
                .then().statusCode(200).body("scheduleLoaded", equalTo(false)).body("warning", notNullValue());
    }

    @Test
    void aCityAdminLoadsANewYearAndDeadlinesFollowIt() {
        Map<String, Object> year = Map.of("source", "测试用：2030 年放假安排", "days", List.of(
                Map.of("date", "2030-01-01", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2030-01-02", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2030-01-05", "kind", "WORKDAY", "name", "元旦调休")));
        String etag = as(CITY_ADMIN, Roles.BUREAU_ADMIN).get(CALENDAR + "/2030").header("ETag");
        RequestSpecification put = as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(year);
        if (etag != null) {
            put.header("If-Match", etag); // a rerun against a kept TEST_DB_URL database
        }
        put.put(CALENDAR + "/2030").then().statusCode(200)
                .body("scheduleLoaded", equalTo(true)).body("days.date", hasItem("2030-01-05"));
        // after 2029-12-31: 01-01 and 01-02 off, then 01-03 (Thu), 01-04 (Fri), 01-05 (make-up Saturday)
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2029-12-31&workingDays=3")
                .then().statusCode(200).body("due", equalTo("2030-01-05"));
        // replacing an existing year needs its version
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(year).put(CALENDAR + "/2030").then().statusCode(428);
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).header("If-Match", "\"99\"").body(year).put(CALENDAR + "/2030").then().statusCode(412);
    }

    @Test
    void onlyACityLevelAdminMayReplaceTheSchedule() {
        Map<String, Object> year = Map.of("source", "x", "days", List.of());
        as(PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).body(year).put(CALENDAR + "/2031").then().statusCode(403)
                .body("type", equalTo("/problems/outside-jurisdiction"));
        as(BAISHA_OFFICER, Roles.OFFICER).body(year).put(CALENDAR + "/2031").then().statusCode(403);
        given().contentType(ContentType.JSON).body(year).put(CALENDAR + "/2031").then().statusCode(401);
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/2031").then().statusCode(200).body("scheduleLoaded", equalTo(false));
    }

    @Test
    void aScheduleWithErrorsIsRefusedWholeAndNothingIsWritten() {
        Map<String, Object> bad = Map.of("source", "有误的安排", "days", List.of(
                Map.of("date", "2032-01-01", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2033-01-01", "kind", "HOLIDAY", "name", "wrong year"),
                Map.of("date", "2032-01-07", "kind", "WORKDAY", "name", "a Wednesday"),
                Map.of("date", "2032-01-01", "kind", "HOLIDAY", "name", "duplicate")));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(bad).put(CALENDAR + "/2032").then().statusCode(400)
                .body("violations.field", hasItem("days[1].date"))
                .body("violations.field", hasItem("days[2].kind"))
                .body("violations.field", hasItem("days[3].date"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/2032").then().statusCode(200).body("scheduleLoaded", equalTo(false));
        as(CITY_ADMIN, Roles.BUREAU_ADMIN).body(Map.of("source", "x", "days", List.of(Map.of("date", "2032-01-01", "kind", "PARTY", "name", "x"))))
                .put(CALENDAR + "/2032").then().statusCode(400);
    }

    @Test
    void badQueryParametersAre400NotFoundOrServerErrors() {
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2026-13-01&workingDays=7").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2026-01-01&workingDays=-1").then().statusCode(400)
                .body("violations[0].field", equalTo("workingDays"));
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/deadline?from=2026-01-01").then().statusCode(400);
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/working-days?from=2020-01-01&to=2030-01-01").then().statusCode(400);
        as(BAISHA_OFFICER, Roles.OFFICER).get(CALENDAR + "/1999").then().statusCode(400);
    }
}
