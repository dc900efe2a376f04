package org.fieldlaw.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChinaDatumTest {

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return 6_371_000 * Math.hypot(dLat, dLon);
    }

    @Test
    void aPointInChinaIsShiftedAsThePublishedTransformShiftsIt() {
        // reference pairs used by independent implementations of the transform (Beijing, Shanghai)
        ChinaDatum.LatLon beijing = ChinaDatum.toGcj02(39.915, 116.404);
        assertEquals(39.91640428, beijing.latitude(), 1e-5);
        assertEquals(116.41024450, beijing.longitude(), 1e-5);
        ChinaDatum.LatLon shanghai = ChinaDatum.toGcj02(31.1774276, 121.5272106);
        assertEquals(31.17530398, shanghai.latitude(), 1e-5);
        assertEquals(121.53154186, shanghai.longitude(), 1e-5);
    }

    @Test
    void acrossJiangmenABasemapInGcj02IsAFewHundredMetresOffTheStoredPoint() {
        for (double lat = 21.5; lat <= 22.9; lat += 0.1) {
            for (double lon = 112.3; lon <= 113.3; lon += 0.1) {
                ChinaDatum.LatLon shown = ChinaDatum.toGcj02(lat, lon);
                double off = metres(lat, lon, shown.latitude(), shown.longitude());
                assertTrue(off > 200 && off < 700, lat + "," + lon + " moved " + off + " m");
            }
        }
    }

    @Test
    void outsideMainlandChinaThereIsNoOffset() {
        ChinaDatum.LatLon london = ChinaDatum.toGcj02(51.5, -0.12);
        assertEquals(51.5, london.latitude());
        assertEquals(-0.12, london.longitude());
    }
}
