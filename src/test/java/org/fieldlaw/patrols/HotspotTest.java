package org.fieldlaw.patrols;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.patrols.model.GeoPoint;
import org.fieldlaw.patrols.model.HotspotGrid;
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

    /** A cell and its three counts, as the map draws it. */
    private record Counted(long row, long column, long urban, long rural, long villa) {
    }

    /** The cells of an answer, found from each polygon's south-west corner. */
    @SuppressWarnings("unchecked")
    private static Set<Counted> cellsOf(Map<String, Object> answer, HotspotGrid grid) {
        Set<Counted> cells = new HashSet<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) answer.get("features")) {
            List<Number> southWest = ((List<List<List<Number>>>) ((Map<String, Object>) f.get("geometry")).get("coordinates")).get(0).get(0);
            Map<String, Number> p = (Map<String, Number>) f.get("properties");
            cells.add(new Counted(Math.round(southWest.get(1).doubleValue() / grid.latitudeStep()),
                    Math.round(southWest.get(0).doubleValue() / grid.longitudeStep()), p.get("urban").longValue(), p.get("rural").longValue(),
                    p.get("villa").longValue()));
        }
        return cells;
    }

    /**
     * The reference: every site of 蓬江区 created on the days asked, put in its cell here, and kept when its cell holds a
     * point of the viewport (a closed rectangle).
     */
    private static Set<Counted> countedSiteBySite(HotspotGrid grid, String from, String to, HotspotGrid.Bounds viewport) {
        @SuppressWarnings("unchecked")
        List<Object[]> sites = QuarkusTransaction.requiringNew().call(() -> Site.getEntityManager().createNativeQuery("""
                select latitude, longitude, planning_area, villa_area from site
                where place_code like '440703%' and created_at >= cast(?1 as timestamptz) and created_at < cast(?2 as timestamptz)""")
                .setParameter(1, from + "T00:00:00+08:00")
                .setParameter(2, LocalDate.parse(to).plusDays(1) + "T00:00:00+08:00").getResultList());
        Map<HotspotGrid.Cell, long[]> cells = new HashMap<>();
        for (Object[] s : sites) {
            HotspotGrid.Cell cell = grid.cellOf(new GeoPoint(((Number) s[0]).doubleValue(), ((Number) s[1]).doubleValue()));
            HotspotGrid.Bounds b = grid.bounds(cell);
            if (viewport != null && (b.south() > viewport.north() || b.north() <= viewport.south() || b.west() > viewport.east()
                    || b.east() <= viewport.west())) {
                continue;
            }
            long[] n = cells.computeIfAbsent(cell, k -> new long[3]);
            n[(Boolean) s[3] ? 2 : "URBAN_OR_TOWN".equals(s[2]) ? 0 : 1]++;
        }
        Set<Counted> counted = new HashSet<>();
        cells.forEach((cell, n) -> counted.add(new Counted(cell.row(), cell.column(), n[0], n[1], n[2])));
        return counted;
    }

    private static void assertAgree(String from, String to, int cell, HotspotGrid.Bounds viewport) {
        HotspotGrid grid = new HotspotGrid(cell, HotspotService.REFERENCE_LATITUDE);
        String bbox = viewport == null ? null : viewport.west() + "," + viewport.south() + "," + viewport.east() + "," + viewport.north();
        Map<String, Object> answer = cityWide(from, to, cell, bbox);
        Set<Counted> expected = countedSiteBySite(grid, from, to, viewport);
        assertEquals(expected, cellsOf(answer, grid), "cells of " + cell + " m from " + from + " to " + to + " in " + bbox);
        @SuppressWarnings("unchecked")
        long byTown = ((Map<String, Map<String, Number>>) answer.get("byTown")).values().stream().mapToLong(c -> c.get("total").longValue()).sum();
        assertEquals(expected.stream().mapToLong(c -> c.urban() + c.rural() + c.villa()).sum(), byTown, "the towns' totals at " + cell + " m");
    }

    /**
     * Issue 15: a question in cells of whole multiples of 500 m reads whole months from a monthly tally (city-wide in
     * 2 km multiples from the town-first one, V32; otherwise, and in a viewport, from the 500 m one, V33, by a range of
     * cells) and only the edge days from the sites; the answer is the one counting every site gives, for tallied and
     * untallied cell sizes, with and without a viewport, and after sites are moved.
     */
    @Test
    void hotSpotsFromTheMonthlyTalliesAgreeWithCountingEverySite() {
        double lat = LAT - 0.3;
        double lon = LON - 0.2;
        sitesOn(lat, lon, "2024-01-10", "2024-01-20", "2024-01-31", "2024-02-01", "2024-02-14", "2024-03-03", "2024-03-31",
                "2024-04-01", "2024-04-18", "2024-05-01", "2024-05-19", "2024-05-20", "2024-05-21", "2024-06-02");
        // a viewport cutting through the seeded sites' cells (whole cells are counted), and one around all of them
        HotspotGrid.Bounds cutting = new HotspotGrid.Bounds(lat + 0.011, lon + 0.003, lat + 0.047, lon + 0.031);
        HotspotGrid.Bounds around = new HotspotGrid.Bounds(lat - 0.1, lon - 0.1, lat + 0.2, lon + 0.2);
        for (int cell : new int[] { 2000, 4000, 6000, 500, 1500, 3000, 700 }) {
            assertAgree("2024-01-15", "2024-05-20", cell, null);
            assertAgree("2024-01-15", "2024-05-20", cell, cutting);
            assertAgree("2024-01-15", "2024-05-20", cell, around);
        }
        @SuppressWarnings("unchecked")
        Map<String, Number> baisha = (Map<String, Number>) ((Map<String, Object>) cityWide("2024-01-15", "2024-05-20", 2000, null)
                .get("byTown")).get("白沙街道");
        assertEquals(11, baisha.get("total").intValue(), "20 January to 20 May, both included: 11 of the 14");

        // sites moved 30 km and 300 m (corrections) leave their old cells and month tallies and join the new
        QuarkusTransaction.requiringNew().run(() -> Site.update(
                "latitude = latitude + 0.27 where address = '热点月计测试' and createdAt < ?1",
                java.time.OffsetDateTime.parse("2024-02-15T00:00:00+08:00")));
        QuarkusTransaction.requiringNew().run(() -> Site.update(
                "longitude = longitude + 0.003 where address = '热点月计测试' and createdAt >= ?1",
                java.time.OffsetDateTime.parse("2024-04-01T00:00:00+08:00")));
        // (a period not asked before: whole past days of a question asked before come from the service's memory)
        for (int cell : new int[] { 2000, 500, 1000 }) {
            assertAgree("2024-01-14", "2024-05-20", cell, null);
            assertAgree("2024-01-14", "2024-05-20", cell, cutting);
        }
    }
}
