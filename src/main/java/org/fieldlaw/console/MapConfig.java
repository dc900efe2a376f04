package org.fieldlaw.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The console map's basemap and outlines. Tiles are configuration because every deployment has its own:
 * 天地图 (Tianditu) needs the bureau's key, a city may run an internal tile server, and a machine on the
 * government network may reach none. Without tiles the map still draws the outlines and the data.
 */
@ConfigMapping(prefix = "fieldlaw.console.map")
public interface MapConfig {

    /** The datum a basemap is drawn in; Fieldlaw's points (WGS-84) are shifted to it for display only. */
    enum Datum {
        WGS84, GCJ02
    }

    Tiles tiles();

    /** A GeoJSON file of the jurisdictions' outlines in WGS-84 (FeatureCollection; a feature's {@code name} labels it). */
    Optional<String> outlines();

    /** Where the map opens when there is nothing to fit it to: latitude,longitude. */
    @WithDefault("22.58,113.08")
    String centre();

    @WithDefault("10")
    int zoom();

    /** Sites drawn at most per view; sites with open alarms come first. */
    @WithDefault("3000")
    int siteLimit();

    interface Tiles {
        /** A Leaflet URL template, e.g. {@code https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=KEY}; none: no basemap. */
        Optional<String> url();

        /** A second layer drawn over the first (天地图 serves its place names as a separate layer). */
        Optional<String> labelsUrl();

        @WithDefault("0,1,2,3,4,5,6,7")
        String subdomains();

        Optional<String> attribution();

        @WithDefault("WGS84")
        Datum datum();

        @WithDefault("18")
        int maxZoom();

        /** The tile servers' origins, e.g. {@code https://*.tianditu.gov.cn}: the console's Content-Security-Policy lets images come from them. */
        Optional<String> origins();
    }
}
