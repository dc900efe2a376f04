package org.fieldlaw.patrols.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A track drawn at a scale where many fixes fall on one screen pixel: a fix is kept when it lies at least a
 * given distance from the last one kept; the first and the last always are. A city's day of tracks then draws
 * as the same lines from a fraction of the points.
 */
public final class TrackThinning {

    private TrackThinning() {
    }

    /** {@code lonLat}: [longitude, latitude] pairs in the order taken. */
    public static List<double[]> thin(List<double[]> lonLat, double minMetres) {
        if (lonLat.size() <= 2 || minMetres <= 0) {
            return lonLat;
        }
        List<double[]> kept = new ArrayList<>();
        double[] last = lonLat.get(0);
        kept.add(last);
        for (int i = 1; i < lonLat.size() - 1; i++) {
            double[] p = lonLat.get(i);
            if (new GeoPoint(last[1], last[0]).metresTo(new GeoPoint(p[1], p[0])) >= minMetres) {
                kept.add(p);
                last = p;
            }
        }
        kept.add(lonLat.get(lonLat.size() - 1));
        return kept;
    }
}
