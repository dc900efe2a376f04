package org.fieldlaw.patrols;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/** Hot spots: new sites counted per grid cell and per town, split urban / rural / villa, as GeoJSON. */
@QuarkusTest
class HotspotTest {

    /** A corner of the map no other test uses. */
    private static final double LAT = 21.95;
    private static final double LON = 112.45;

    private static void site(double lat, double lon, String area, boolean villa) {
        Map<String, Object> r = new HashMap<>();
        r.put("siteId", UUID.randomUUID().toString());
        r.put("visitId", UUID.randomUUID().toString());
        r.put("placeCode", AgencyFixture.BAISHA);
        r.put("address", "热点测试");
        r.put("planningArea", area);
        r.put("villaArea", villa);
        r.put("visitedAt", "2026-11-02T09:30:00+08:00");
        r.put("point", Map.of("latitude", lat, "longitude", lon));
        r.put("observation", Map.of("kind", "NEW_BUILDING", "constructionInProgress", true, "permitStatus", "NONE"));
        officer().body(r).post("/api/v1/sites/reports").then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> featuresNearTheSeed(List<Map<String, Object>> features) {
        return features.stream().filter(f -> {
            List<List<List<Number>>> ring = (List<List<List<Number>>>) ((Map<String, Object>) f.get("geometry")).get("coordinates");
            double west = ring.get(0).get(0).get(0).doubleValue();
            double south = ring.get(0).get(0).get(1).doubleValue();
            return Math.abs(south - LAT) < 0.05 && Math.abs(west - LON) < 0.05;
        }).toList();
    }

    @Test
    void newSitesAreCountedPerCellAndSplitByArea() {
        // three sites ~50 m apart in one 500 m cell (urban, rural, villa), one 2 km away
        double step = 50 / 111_195.0;
        double cellLat = Math.floor(LAT / (500 / 111_320.0)) * (500 / 111_320.0) + 100 / 111_320.0;
        double cellLon = Math.floor(LON / (500 / (111_320.0 * Math.cos(Math.toRadians(22.6))))) * (500 / (111_320.0 * Math.cos(Math.toRadians(22.6))))
                + 100 / (111_320.0 * Math.cos(Math.toRadians(22.6)));
        site(cellLat, cellLon, "URBAN_OR_TOWN", false);
        site(cellLat + step, cellLon, "TOWNSHIP_OR_VILLAGE", false);
        site(cellLat + 2 * step, cellLon, "TOWNSHIP_OR_VILLAGE", true);
        site(cellLat + 2000 / 111_195.0, cellLon, "URBAN_OR_TOWN", false);

        List<Map<String, Object>> features = supervisor().queryParam("cell", 500).get("/api/v1/hotspots").then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).extract().path("features");
        List<Map<String, Object>> seeded = featuresNearTheSeed(features);
        assertEquals(2, seeded.size(), seeded.toString());
        List<Long> totals = seeded.stream().map(f -> ((Number) ((Map<?, ?>) f.get("properties")).get("total")).longValue()).sorted().toList();
        assertEquals(List.of(1L, 3L), totals);
        Map<?, ?> busy = seeded.stream().map(f -> (Map<?, ?>) f.get("properties"))
                .filter(p -> ((Number) p.get("total")).intValue() == 3).findFirst().orElseThrow();
        assertEquals(1, ((Number) busy.get("urban")).intValue());
        assertEquals(1, ((Number) busy.get("rural")).intValue());
        assertEquals(1, ((Number) busy.get("villa")).intValue());
        int baisha = supervisor().get("/api/v1/hotspots").then().extract().path("byTown.白沙街道.total");
        assertTrue(baisha >= 4, "白沙 counts its sites: " + baisha);
    }

    @Test
    void anotherCountySeesNoneOfThemAndBadInputIsRefused() {
        site(LAT + 0.02, LON + 0.02, "URBAN_OR_TOWN", false);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR).get("/api/v1/hotspots").then().statusCode(200)
                .body("byTown.白沙街道", equalTo(null));
        officer().get("/api/v1/hotspots").then().statusCode(403);
        supervisor().queryParam("cell", 5).get("/api/v1/hotspots").then().statusCode(400);
        supervisor().queryParam("from", "2026-12-01").queryParam("to", "2026-01-01").get("/api/v1/hotspots").then().statusCode(400);
        supervisor().queryParam("from", "yesterday").get("/api/v1/hotspots").then().statusCode(400);
        supervisor().queryParam("bbox", "113,22,112,23").get("/api/v1/hotspots").then().statusCode(400);
        supervisor().queryParam("bbox", "1,2,3").get("/api/v1/hotspots").then().statusCode(400);
    }

    @Test
    void aViewportLimitsTheCellsToWhatTheMapShows() {
        site(LAT + 0.035, LON + 0.035, "URBAN_OR_TOWN", false);
        List<Map<String, Object>> inside = supervisor().queryParam("bbox", (LON + 0.03) + "," + (LAT + 0.03) + "," + (LON + 0.04) + "," + (LAT + 0.04))
                .get("/api/v1/hotspots").then().statusCode(200).extract().path("features");
        assertEquals(1, inside.size());
        List<Map<String, Object>> away = supervisor().queryParam("bbox", "100,10,100.5,10.5").get("/api/v1/hotspots").then().statusCode(200)
                .extract().path("features");
        assertEquals(0, away.size());
    }

    private static int totalIn(String bbox, java.time.LocalDate from) {
        List<Map<String, Object>> cells = supervisor().queryParam("bbox", bbox).queryParam("from", from.toString())
                .get("/api/v1/hotspots").then().statusCode(200).extract().path("features");
        return cells.stream().mapToInt(f -> ((Number) ((Map<?, ?>) f.get("properties")).get("total")).intValue()).sum();
    }

    @Test
    void pastDaysAndTodayAreCountedTogetherAndASiteReportedNowShowsAtOnce() {
        double lat = LAT + 0.06;
        double lon = LON + 0.06;
        String bbox = (lon - 0.005) + "," + (lat - 0.005) + "," + (lon + 0.005) + "," + (lat + 0.005);
        java.time.LocalDate today = java.time.LocalDate.now(org.fieldlaw.common.Clocks.LEGAL_ZONE);
        site(lat, lon, "URBAN_OR_TOWN", false);
        // one of them was reported three days ago (written here as if it had been)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Site.update("createdAt = ?1 where address = '热点测试' "
                + "and latitude = ?2", java.time.OffsetDateTime.now().minusDays(3), lat));
        assertEquals(1, totalIn(bbox, today.minusDays(10)), "the past days' count");
        assertEquals(0, totalIn(bbox, today), "today alone");
        site(lat + 0.001, lon, "TOWNSHIP_OR_VILLAGE", false);
        // the past days now come from memory and today's site is counted fresh: both are in the sum
        assertEquals(2, totalIn(bbox, today.minusDays(10)));
        assertEquals(1, totalIn(bbox, today));
    }

    /** Sites written as if reported on those days (the API writes them now), in 白沙 near {@code lat}, {@code lon}. */
    private static void sitesOn(double lat, double lon, String... days) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            int n = 0;
            for (String day : days) {
                n++;
                Site.getEntityManager().createNativeQuery("""
                        insert into site (id, place_code, address, latitude, longitude, planning_area, villa_area, status, created_by,
                                          created_at, updated_at, version)
                        values (?1, ?2, '热点月计测试', ?3, ?4, ?5, ?6, 'SUSPECTED', ?7, cast(?8 as timestamptz), now(), 0)""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, AgencyFixture.BAISHA)
                        .setParameter(3, lat + n * 0.004).setParameter(4, lon + (n % 3) * 0.02)
                        .setParameter(5, n % 2 == 0 ? "URBAN_OR_TOWN" : "TOWNSHIP_OR_VILLAGE").setParameter(6, n % 5 == 0)
                        .setParameter(7, AgencyFixture.CASE_OFFICER_A_ID).setParameter(8, day + "T10:00:00+08:00").executeUpdate();
            }
        });
    }

    private static Map<String, Object> cityWide(String from, String to, int cell, String bbox) {
        var request = supervisor().queryParam("from", from).queryParam("to", to).queryParam("cell", cell);
        if (bbox != null) {
            request = request.queryParam("bbox", bbox);
        }
        return request.get("/api/v1/hotspots").then().statusCode(200).extract().jsonPath().getMap("");
    }

    /**
     * Issue 15: a city-wide question reads whole months from the monthly tally and only the edge days from the sites;
     * the answer is the one counting every site gives (asked with a viewport over the whole city, which counts sites),
     * for cells of 2 km and its multiples, and after a site is moved.
     */
    @Test
    void cityWideHotSpotsFromTheMonthlyTallyAgreeWithCountingEverySite() {
        double lat = LAT - 0.3;
        double lon = LON - 0.2;
        sitesOn(lat, lon, "2024-01-10", "2024-01-20", "2024-01-31", "2024-02-01", "2024-02-14", "2024-03-03", "2024-03-31",
                "2024-04-01", "2024-04-18", "2024-05-01", "2024-05-19", "2024-05-20", "2024-05-21", "2024-06-02");
        String everywhere = "110.0,20.0,115.0,24.0";
        for (int cell : new int[] { 2000, 4000, 6000, 3000 }) {
            Map<String, Object> tallied = cityWide("2024-01-15", "2024-05-20", cell, null);
            Map<String, Object> counted = cityWide("2024-01-15", "2024-05-20", cell, everywhere);
            assertEquals(new java.util.HashSet<>((List<?>) counted.get("features")), new java.util.HashSet<>((List<?>) tallied.get("features")),
                    "the same cells and counts at " + cell + " m");
            assertEquals(counted.get("byTown"), tallied.get("byTown"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Number> baisha = (Map<String, Number>) ((Map<String, Object>) cityWide("2024-01-15", "2024-05-20", 2000, null)
                .get("byTown")).get("白沙街道");
        assertEquals(11, baisha.get("total").intValue(), "20 January to 20 May, both included: 11 of the 14");

        // a site moved 30 km (a correction) leaves its old cell and month tally and joins the new
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Site.update(
                "latitude = latitude + 0.27 where address = '热点月计测试' and createdAt < ?1",
                java.time.OffsetDateTime.parse("2024-02-15T00:00:00+08:00")));
        // (a period not asked before: whole past days of a question asked before come from the service's memory)
        Map<String, Object> tallied = cityWide("2024-01-14", "2024-05-20", 2000, null);
        Map<String, Object> counted = cityWide("2024-01-14", "2024-05-20", 2000, everywhere);
        assertEquals(new java.util.HashSet<>((List<?>) counted.get("features")), new java.util.HashSet<>((List<?>) tallied.get("features")));
        assertEquals(counted.get("byTown"), tallied.get("byTown"));
    }
}
