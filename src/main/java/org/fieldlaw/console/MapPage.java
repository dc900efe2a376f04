package org.fieldlaw.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ChinaDatum;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.patrols.AssignmentService;
import org.fieldlaw.patrols.HotspotService;
import org.fieldlaw.patrols.PatrolMap;
import org.fieldlaw.patrols.model.HotspotGrid;
import org.fieldlaw.patrols.model.SiteStatus;

/**
 * The patrol map (巡查地图): sites coloured by status with their open alarms, the hot-spot grid of a
 * period, a day's patrol tracks, and the patrol assignments that are overdue. The page is drawn by
 * Leaflet from one JSON answer per view; every coordinate in it is already in the basemap's datum.
 */
@ApplicationScoped
public class MapPage {

    /** The colour and Chinese name of each site status, in the order of the procedure: one source for markers and legend. */
    static final Map<SiteStatus, String> COLOURS = colours();

    @RegisterForReflection
    public record Tiles(String url, String labelsUrl, String subdomains, String attribution, int maxZoom, String datum, String centre, int zoom,
            String outlines) {
    }

    @RegisterForReflection
    public record LegendRow(String name, String colour) {
    }

    @RegisterForReflection
    public record Overdue(String area, String town, String officers, String due, String last) {
    }

    @RegisterForReflection
    public record SitePin(UUID id, double lat, double lon, String status, String colour, String address, long alarms, String href) {
    }

    @RegisterForReflection
    public record Cell(List<double[]> ring, long total, long urban, long rural, long villa) {
    }

    @RegisterForReflection
    public record TrackLine(List<double[]> line, String label) {
    }

    @RegisterForReflection
    public record Layers(List<SitePin> sites, boolean more, List<Cell> hotspots, long hotspotMax, double cellMetres, List<TrackLine> tracks) {
    }

    private final MapConfig config;
    private final PatrolMap patrols;
    private final HotspotService hotspots;
    private final AssignmentService assignments;
    private final JurisdictionDirectory directory;
    private final Clock clock;
    private final ObjectMapper json;
    private byte[] outlines;

    MapPage(MapConfig config, PatrolMap patrols, HotspotService hotspots, AssignmentService assignments, JurisdictionDirectory directory,
            Clock clock, ObjectMapper json) {
        this.config = config;
        this.patrols = patrols;
        this.hotspots = hotspots;
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
        this.json = json;
    }

    /** The page around the map: the period asked for, the legend, the overdue assignments. */
    public Map<String, Object> data(String day, String from, String to) {
        Period p = period(day, from, to);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "巡查地图");
        data.put("day", p.day());
        data.put("from", p.from());
        data.put("to", p.to());
        data.put("tiles", tiles());
        data.put("legend", COLOURS.entrySet().stream().map(e -> new LegendRow(SitePage.status(e.getKey()), e.getValue())).toList());
        data.put("overdue", assignments.list(true).stream().map(a -> new Overdue(a.areaName(), directory.tree().nameOf(a.placeCode()),
                String.join("、", a.officers().stream().map(o -> o.name()).toList()), a.nextPatrolDue() == null ? "—" : a.nextPatrolDue().toString(),
                a.lastPatrolAt() == null ? "从未巡查" : ConsoleFormat.minute(a.lastPatrolAt()))).toList());
        return data;
    }

    /** What a map page or the case page's small map needs to draw its basemap. */
    public Tiles tiles() {
        MapConfig.Tiles t = config.tiles();
        return new Tiles(t.url().orElse(""), t.labelsUrl().orElse(""), t.subdomains(), t.attribution().orElse(""), t.maxZoom(), t.datum().name(),
                config.centre(), config.zoom(), config.outlines().isPresent() ? "/console/map/outlines" : "");
    }

    /** A WGS-84 point as the basemap draws it. */
    public double[] shown(double latitude, double longitude) {
        if (config.tiles().datum() == MapConfig.Datum.GCJ02) {
            ChinaDatum.LatLon p = ChinaDatum.toGcj02(latitude, longitude);
            return new double[] { p.latitude(), p.longitude() };
        }
        return new double[] { latitude, longitude };
    }

    /** The layers for one view of the map: {@code bbox} is west,south,east,north as the basemap shows it, {@code zoom} picks the cell. */
    public Layers layers(String day, String from, String to, String bbox, String zoom) {
        Period p = period(day, from, to);
        HotspotGrid.Bounds view = viewport(bbox);
        int z = zoom == null || zoom.isBlank() ? config.zoom() : Params.requiredInt("zoom", zoom, 1, 22);
        double cell = z >= 15 ? 100 : z >= 13 ? 250 : z >= 11 ? 500 : z >= 9 ? 2000 : 10_000;
        PatrolMap.Sites found = patrols.sites(view, config.siteLimit());
        List<SitePin> sites = found.items().stream().map(s -> {
            double[] at = shown(s.latitude(), s.longitude());
            return new SitePin(s.id(), at[0], at[1], SitePage.status(s.status()), COLOURS.get(s.status()), s.address(), s.openAlarms(),
                    "/console/sites/" + s.id());
        }).toList();
        HotspotService.FeatureCollection grid = hotspots.hotspots(p.from(), p.to(), cell, view);
        List<Cell> cells = new ArrayList<>();
        long max = 0;
        for (HotspotService.Feature f : grid.features()) {
            List<double[]> ring = new ArrayList<>();
            for (double[] lonLat : f.geometry().coordinates()[0]) {
                ring.add(shown(lonLat[1], lonLat[0]));
            }
            HotspotService.Counts c = f.properties();
            cells.add(new Cell(ring, c.total(), c.urban(), c.rural(), c.villa()));
            max = Math.max(max, c.total());
        }
        // about one screen pixel at this zoom and Jiangmen's latitude: the finer fixes would fall on it
        double pixelMetres = 156_543.03 * Math.cos(Math.toRadians(HotspotService.REFERENCE_LATITUDE)) / Math.pow(2, z);
        List<TrackLine> tracks = patrols.tracks(p.day(), pixelMetres, view).stream().filter(t -> t.line().size() > 1).map(t -> new TrackLine(
                t.line().stream().map(lonLat -> shown(lonLat[1], lonLat[0])).toList(),
                (t.area() == null ? "巡查" : t.area()) + " · " + String.join("、", t.officers()) + " · " + ConsoleFormat.minute(t.startedAt())))
                .toList();
        return new Layers(sites, found.more(), cells, max, cell, tracks);
    }

    /** The configured outlines, shifted as the basemap draws (read once: they change with a redeployment, not a day). */
    public synchronized byte[] outlines() {
        if (outlines == null) {
            String file = config.outlines().orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "没有配置行政区划边界 (no outlines configured)"));
            try {
                JsonNode geojson = json.readTree(Files.readAllBytes(Path.of(file)));
                if (config.tiles().datum() == MapConfig.Datum.GCJ02) {
                    shift(geojson);
                }
                outlines = json.writeValueAsBytes(geojson);
            } catch (IOException e) {
                throw new ApiException(ProblemType.NOT_FOUND, "行政区划边界文件无法读取 (the outlines file cannot be read): " + Path.of(file).getFileName());
            }
        }
        return outlines;
    }

    /** Every [longitude, latitude] position under a {@code coordinates} member, in place (a {@code bbox} is left as it is). */
    private void shift(JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(member -> {
                if (member.getKey().equals("coordinates")) {
                    shiftPositions(member.getValue());
                } else {
                    shift(member.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::shift);
        }
    }

    private void shiftPositions(JsonNode node) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            double[] at = shown(node.get(1).asDouble(), node.get(0).asDouble());
            ((ArrayNode) node).set(0, at[1]);
            ((ArrayNode) node).set(1, at[0]);
        } else {
            node.forEach(this::shiftPositions);
        }
    }

    /** The day of tracks (today by default) and the hot-spot period (the hot-spot service's own default and limits). */
    private record Period(LocalDate day, LocalDate from, LocalDate to) {
    }

    private Period period(String day, String from, String to) {
        HotspotService.Period hot = hotspots.period(from, to);
        return new Period(day == null || day.isBlank() ? LocalDate.now(clock) : Params.date("day", day), hot.from(), hot.to());
    }

    /** The basemap's view widened by a little more than the GCJ-02 offset, so no point near an edge is missed. */
    private HotspotGrid.Bounds viewport(String bbox) {
        Params.Box b = Params.box("bbox", bbox);
        if (b == null) {
            return null;
        }
        double margin = config.tiles().datum() == MapConfig.Datum.GCJ02 ? 0.01 : 0;
        return new HotspotGrid.Bounds(b.south() - margin, b.west() - margin, b.north() + margin, b.east() + margin);
    }

    private static Map<SiteStatus, String> colours() {
        Map<SiteStatus, String> c = new LinkedHashMap<>();
        c.put(SiteStatus.SUSPECTED, "#e0a100");
        c.put(SiteStatus.CONFIRMED_ILLEGAL, "#e06400");
        c.put(SiteStatus.STOP_ORDER_ISSUED, "#c81e1e");
        c.put(SiteStatus.CORRECTION_ORDERED, "#8e44ad");
        c.put(SiteStatus.DEMOLITION_ORDERED, "#7b1010");
        c.put(SiteStatus.SEALED, "#222222");
        c.put(SiteStatus.DEMOLISHED, "#1e8a3c");
        c.put(SiteStatus.LEGALISED, "#1f6fb5");
        c.put(SiteStatus.CLOSED, "#8a8a8a");
        return java.util.Collections.unmodifiableMap(c);
    }
}
