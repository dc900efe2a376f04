package org.fieldlaw.common;

/**
 * WGS-84 to GCJ-02 ("Mars coordinates"), the offset datum that most basemaps published in mainland
 * China are drawn in. Fieldlaw stores WGS-84 (what a phone's GNSS gives and what a court's expert
 * reads); a point is shifted only when it is drawn on such a basemap, or it would land 300-600 m off.
 * The transform is the published approximation on the Krasovsky ellipsoid; outside mainland China
 * there is no offset.
 */
public final class ChinaDatum {

    public record LatLon(double latitude, double longitude) {
    }

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private ChinaDatum() {
    }

    public static LatLon toGcj02(double latitude, double longitude) {
        if (outsideChina(latitude, longitude)) {
            return new LatLon(latitude, longitude);
        }
        double x = longitude - 105.0;
        double y = latitude - 35.0;
        double radLat = Math.toRadians(latitude);
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = (latitudeShift(x, y) * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = (longitudeShift(x, y) * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LatLon(latitude + dLat, longitude + dLon);
    }

    static boolean outsideChina(double latitude, double longitude) {
        return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
    }

    private static double latitudeShift(double x, double y) {
        double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return shift;
    }

    private static double longitudeShift(double x, double y) {
        double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return shift;
    }
}
