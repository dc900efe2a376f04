package org.fieldlaw.patrols.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The rules of sites: the 30 m attach rule, the article by planning area, re-inspection on working days, the grid. */
class SiteRulesTest {

    private static final GeoPoint SITE = new GeoPoint(22.5895, 113.0817);

    /** A point {@code metres} north of the site. */
    private static GeoPoint north(double metres) {
        return new GeoPoint(SITE.latitude() + metres / 111_195.0, SITE.longitude());
    }

    @Test
    void distancesAreMetresOnTheGround() {
        assertEquals(30.0, SITE.metresTo(north(30)), 0.1);
        assertEquals(0.0, SITE.metresTo(SITE), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
    }

    @Test
    void aReportWithinThirtyMetresOfAnOpenSiteAttachesToTheNearest() {
        SiteMatching matching = new SiteMatching(30);
        UUID near = UUID.randomUUID();
        UUID nearer = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        List<SiteMatching.Candidate> sites = List.of(
                new SiteMatching.Candidate(near, north(25), SiteStatus.STOP_ORDER_ISSUED),
                new SiteMatching.Candidate(nearer, north(12), SiteStatus.SUSPECTED),
                new SiteMatching.Candidate(closed, north(2), SiteStatus.CLOSED));
        assertEquals(nearer, matching.siteFor(SITE, sites).orElseThrow().siteId());
        assertTrue(matching.siteFor(SITE, List.of(new SiteMatching.Candidate(near, north(30.5), SiteStatus.SUSPECTED))).isEmpty());
        assertTrue(matching.siteFor(SITE, List.of(new SiteMatching.Candidate(near, north(29.5), SiteStatus.SUSPECTED))).isPresent());
    }

    @Test
    void theArticleFollowsThePlanningArea() {
        assertEquals("64", PlanningArea.URBAN_OR_TOWN.article(false));
        assertEquals("65", PlanningArea.TOWNSHIP_OR_VILLAGE.article(false));
        assertEquals("66", PlanningArea.TOWNSHIP_OR_VILLAGE.article(true));
        assertEquals("66", PlanningArea.URBAN_OR_TOWN.article(true));
    }

    @Test
    void reinspectionIsDueEveryThreeWorkingDaysAcrossTheHoliday() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(
                LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY), Set.of(2026));
        Reinspection reinspection = new Reinspection(calendar, 3);
        // Wednesday 30 September: 8, 9 and Saturday 10 October (a make-up working day)
        assertEquals(LocalDate.of(2026, 10, 10), reinspection.nextDue(SiteStatus.STOP_ORDER_ISSUED, LocalDate.of(2026, 9, 30)));
        assertEquals(LocalDate.of(2026, 9, 21), reinspection.nextDue(SiteStatus.SEALED, LocalDate.of(2026, 9, 16)));
        assertNull(reinspection.nextDue(SiteStatus.SUSPECTED, LocalDate.of(2026, 9, 16)));
        assertNull(reinspection.nextDue(SiteStatus.DEMOLISHED, LocalDate.of(2026, 9, 16)));
    }

    @Test
    void nearbyPointsShareACellAndDistantOnesDoNot() {
        HotspotGrid grid = new HotspotGrid(500, 22.6);
        assertEquals(grid.cellOf(SITE), grid.cellOf(new GeoPoint(SITE.latitude() + 0.0001, SITE.longitude() + 0.0001)));
        assertNotEquals(grid.cellOf(SITE), grid.cellOf(north(2000)));
        HotspotGrid.Bounds b = grid.bounds(grid.cellOf(SITE));
        assertTrue(b.south() <= SITE.latitude() && SITE.latitude() < b.north());
        assertTrue(b.west() <= SITE.longitude() && SITE.longitude() < b.east());
        assertEquals(500, new GeoPoint(b.south(), b.west()).metresTo(new GeoPoint(b.north(), b.west())), 5);
        assertEquals(500, new GeoPoint(b.south(), b.west()).metresTo(new GeoPoint(b.south(), b.east())), 5);
        assertThrows(IllegalArgumentException.class, () -> new HotspotGrid(1, 22.6));
    }

    @Test
    void aViewportTakesEveryCellItTouchesWholeAndTheSameGroundInFinerCells() {
        HotspotGrid grid = new HotspotGrid(2000, 22.6);
        HotspotGrid.Cell c = grid.cellOf(SITE);
        HotspotGrid.Bounds cell = grid.bounds(c);
        // a viewport from inside this cell to just past the next cell's corner to the north-east
        double dLat = cell.north() - cell.south();
        double dLon = cell.east() - cell.west();
        HotspotGrid.Bounds viewport = new HotspotGrid.Bounds(cell.south() + dLat / 2, cell.west() + dLon / 2, cell.north() + dLat * 1.01,
                cell.east() + dLon * 1.01);
        HotspotGrid.CellRange range = grid.cellsTouching(viewport);
        assertEquals(new HotspotGrid.CellRange(c.row(), c.column(), c.row() + 2, c.column() + 2), range);
        HotspotGrid.Bounds ground = grid.bounds(range);
        assertEquals(cell.south(), ground.south(), 1e-12);
        assertEquals(cell.west() + 3 * dLon, ground.east(), 1e-9);
        // the same ground in 500 m cells: four to a side of each 2 km cell
        HotspotGrid fine = new HotspotGrid(500, 22.6);
        HotspotGrid.CellRange finer = range.finer(4);
        assertEquals(fine.cellOf(new GeoPoint(cell.south() + 1e-9, cell.west() + 1e-9)).row(), finer.firstRow());
        assertEquals(fine.cellOf(new GeoPoint(ground.north() - 1e-9, ground.east() - 1e-9)).column(), finer.lastColumn());
    }

    @Test
    void aSiteMovesOnlyToTheStatusesTheProcedureLists() {
        assertTrue(SiteStatus.STOP_ORDER_ISSUED.next().contains(SiteStatus.SEALED));
        assertFalse(SiteStatus.SUSPECTED.next().contains(SiteStatus.DEMOLISHED));
        assertTrue(SiteStatus.CLOSED.next().isEmpty());
        for (SiteStatus s : SiteStatus.values()) {
            assertFalse(s.next().contains(s), s + " does not lead to itself");
        }
    }
}
