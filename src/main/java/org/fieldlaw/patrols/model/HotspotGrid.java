package org.fieldlaw.patrols.model;

/**
 * Square-ish grid cells of a given size in metres for the hot-spot map: a point's cell is its
 * latitude and longitude divided into steps of that many metres (longitude steps widened by the
 * latitude, so cells stay square on the ground near the reference latitude).
 */
public final class HotspotGrid {

    public record Cell(long row, long column) {
    }

    public record Bounds(double south, double west, double north, double east) {
    }

    /** The cells from row {@code firstRow} and column {@code firstColumn} to the last ones, all included. */
    public record CellRange(long firstRow, long firstColumn, long lastRow, long lastColumn) {

        /** The same ground in cells {@code times} as small (this grid's cells divided {@code times} each way). */
        public CellRange finer(long times) {
            return new CellRange(firstRow * times, firstColumn * times, (lastRow + 1) * times - 1, (lastColumn + 1) * times - 1);
        }
    }

    private static final double METRES_PER_DEGREE = 111_320.0;

    private final double latStep;
    private final double lonStep;

    public HotspotGrid(double cellMetres, double referenceLatitude) {
        if (cellMetres < 10 || cellMetres > 100_000) {
            throw new IllegalArgumentException("cell size must be between 10 m and 100 km");
        }
        this.latStep = cellMetres / METRES_PER_DEGREE;
        this.lonStep = cellMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(referenceLatitude)));
    }

    public Cell cellOf(GeoPoint p) {
        return new Cell((long) Math.floor(p.latitude() / latStep), (long) Math.floor(p.longitude() / lonStep));
    }

    /**
     * Every cell the viewport touches: a map counts a cell whole or not at all, so a cell's count does not change as
     * the map is panned across it.
     */
    public CellRange cellsTouching(Bounds viewport) {
        Cell southWest = cellOf(new GeoPoint(viewport.south(), viewport.west()));
        Cell northEast = cellOf(new GeoPoint(viewport.north(), viewport.east()));
        return new CellRange(southWest.row(), southWest.column(), northEast.row(), northEast.column());
    }

    /** The ground a range of cells covers. */
    public Bounds bounds(CellRange r) {
        return new Bounds(r.firstRow() * latStep, r.firstColumn() * lonStep, (r.lastRow() + 1) * latStep, (r.lastColumn() + 1) * lonStep);
    }

    public Bounds bounds(Cell c) {
        return new Bounds(c.row() * latStep, c.column() * lonStep, (c.row() + 1) * latStep, (c.column() + 1) * lonStep);
    }

    public double latitudeStep() {
        return latStep;
    }

    public double longitudeStep() {
        return lonStep;
    }
}
