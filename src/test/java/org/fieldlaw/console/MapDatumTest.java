package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.fieldlaw.common.ChinaDatum;
import org.junit.jupiter.api.Test;

/** On a GCJ-02 basemap every point the map draws is shifted from the stored WGS-84, the outlines too; on a WGS-84 one nothing is. */
class MapDatumTest {

    private static MapConfig config(MapConfig.Datum datum) {
        MapConfig.Tiles tiles = new MapConfig.Tiles() {
            public Optional<String> url() {
                return Optional.of("https://tiles.example/{z}/{x}/{y}.png");
            }

            public Optional<String> labelsUrl() {
                return Optional.empty();
            }

            public String subdomains() {
                return "";
            }

            public Optional<String> attribution() {
                return Optional.empty();
            }

            public MapConfig.Datum datum() {
                return datum;
            }

            public int maxZoom() {
                return 18;
            }

            public Optional<String> origins() {
                return Optional.empty();
            }
        };
        return new MapConfig() {
            public Tiles tiles() {
                return tiles;
            }

            public Optional<String> outlines() {
                return Optional.of("src/test/resources/map/test-outlines.geojson");
            }

            public String centre() {
                return "22.58,113.08";
            }

            public int zoom() {
                return 10;
            }

            public int siteLimit() {
                return 3000;
            }
        };
    }

    private static MapPage page(MapConfig.Datum datum) {
        return new MapPage(config(datum), null, null, null, null, null, new ObjectMapper());
    }

    @Test
    void onAGcj02BasemapPointsAndOutlinesAreShiftedAndABoundingBoxIsNot() throws Exception {
        MapPage gcj = page(MapConfig.Datum.GCJ02);
        ChinaDatum.LatLon expected = ChinaDatum.toGcj02(22.5895, 113.0817);
        double[] shown = gcj.shown(22.5895, 113.0817);
        assertEquals(expected.latitude(), shown[0], 1e-12);
        assertEquals(expected.longitude(), shown[1], 1e-12);
        JsonNode outlines = new ObjectMapper().readTree(gcj.outlines());
        ChinaDatum.LatLon corner = ChinaDatum.toGcj02(22.5, 113.0);
        assertEquals(corner.longitude(), outlines.at("/features/0/geometry/coordinates/0/0/0").asDouble(), 1e-12);
        assertEquals(corner.latitude(), outlines.at("/features/0/geometry/coordinates/0/0/1").asDouble(), 1e-12);
        assertEquals(113.0, outlines.at("/features/0/bbox/0").asDouble(), "a bbox is not a position");
    }

    @Test
    void onAWgs84BasemapNothingMoves() throws Exception {
        MapPage wgs = page(MapConfig.Datum.WGS84);
        assertEquals(22.5895, wgs.shown(22.5895, 113.0817)[0]);
        assertEquals(113.0, new ObjectMapper().readTree(wgs.outlines()).at("/features/0/geometry/coordinates/0/0/0").asDouble());
    }
}
