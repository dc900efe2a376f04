package org.fieldlaw.patrols.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackThinningTest {

    /** A fix every ~11 m northwards (0.0001° of latitude). */
    private static List<double[]> northwards(int fixes) {
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < fixes; i++) {
            line.add(new double[] { 113.08, 22.60 + i * 0.0001 });
        }
        return line;
    }

    @Test
    void fixesCloserThanTheDistanceToTheLastKeptAreDroppedButTheEndsStay() {
        List<double[]> line = northwards(181);
        List<double[]> thin = TrackThinning.thin(line, 100);
        assertTrue(thin.size() >= 19 && thin.size() <= 22, "about one fix in nine: " + thin.size());
        assertArrayEquals(line.get(0), thin.get(0));
        assertArrayEquals(line.get(180), thin.get(thin.size() - 1));
        for (int i = 1; i < thin.size() - 1; i++) {
            double metres = new GeoPoint(thin.get(i - 1)[1], thin.get(i - 1)[0]).metresTo(new GeoPoint(thin.get(i)[1], thin.get(i)[0]));
            assertTrue(metres >= 100, "kept fixes are at least 100 m apart: " + metres);
        }
    }

    @Test
    void atAScaleFinerThanTheFixesEveryFixIsKept() {
        List<double[]> line = northwards(50);
        assertEquals(50, TrackThinning.thin(line, 5).size());
        assertEquals(2, TrackThinning.thin(northwards(2), 1000).size());
    }
}
