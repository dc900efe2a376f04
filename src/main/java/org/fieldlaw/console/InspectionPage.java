package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Params;
import org.fieldlaw.common.Problem;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.inspection.InspectionService;
import org.fieldlaw.inspection.InspectionService.Detail;
import org.fieldlaw.inspection.InspectionService.Summary;
import org.fieldlaw.inspection.InspectionService.TownScore;

/**
 * Case-file inspection (案卷评查): the draws of the caller's towns with their scores over time, the draw
 * form for a supervisor above the towns, and one draw's sample with a score form per case file.
 */
@ApplicationScoped
public class InspectionPage {

    @RegisterForReflection
    public record Row(String href, String town, String period, long seed, int population, int sampleSize, int scored, String average) {
    }

    @RegisterForReflection
    public record Trend(String town, List<String> points) {
    }

    @RegisterForReflection
    public record Line(String key, String name, int points, String given) {
    }

    @RegisterForReflection
    public record File(UUID caseId, String href, String number, int position, boolean scored, String total, String findings, String scoredAt,
            List<Line> lines) {
    }

    private static final int PAGE = 50;

    private final InspectionService inspections;
    private final JurisdictionDirectory directory;
    private final PlaceChoices places;
    private final Clock clock;

    InspectionPage(InspectionService inspections, JurisdictionDirectory directory, PlaceChoices places, Clock clock) {
        this.inspections = inspections;
        this.directory = directory;
        this.places = places;
        this.clock = clock;
    }

    public Map<String, Object> list(String town, String cursor) {
        String place = town == null || town.isBlank() ? null : town.trim();
        JurisdictionTree tree = directory.tree();
        InspectionService.Page page = inspections.page(place, cursor, PAGE);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rows", page.items().stream().map(s -> new Row("/console/inspections/" + s.id(), tree.nameOf(s.townCode()),
                s.from() + " 至 " + s.to(), s.seed(), s.population(), s.sampleSize(), s.scored(), average(s))).toList());
        Map<String, List<TownScore>> byTown = inspections.scores(place).stream()
                .collect(Collectors.groupingBy(TownScore::townCode, LinkedHashMap::new, Collectors.toList()));
        List<Trend> trends = new ArrayList<>();
        byTown.forEach((code, draws) -> trends.add(new Trend(tree.nameOf(code), draws.stream()
                .map(s -> s.from() + "～" + s.to() + "：" + s.average().stripTrailingZeros().toPlainString() + " 分").toList())));
        data.put("trends", trends);
        data.put("placeChoices", places.under(place));
        data.put("filtered", place != null);
        data.put("next", page.nextCursor() == null ? "" : "/console/inspections?" + (place == null ? "" : "town=" + place + "&") + "cursor="
                + page.nextCursor());
        data.put("inspects", inspections.inspects());
        data.put("towns", inspections.inspects() ? inspections.towns() : List.of());
        LocalDate today = LocalDate.now(clock);
        data.put("defaultFrom", today.minusMonths(3).withDayOfMonth(1));
        data.put("defaultTo", today);
        return data;
    }

    public UUID draw(MultivaluedMap<String, String> form) {
        String size = form.getFirst("size");
        String seed = form.getFirst("seed");
        Long parsedSeed = null;
        if (seed != null && !seed.isBlank()) {
            try {
                parsedSeed = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("seed", "种子应为整数 (the seed is a whole number): " + seed);
            }
        }
        return inspections.draw(form.getFirst("town"), Params.requiredDate("from", form.getFirst("from")), Params.requiredDate("to", form.getFirst("to")),
                size == null || size.isBlank() ? 5 : Params.requiredInt("size", size, 1, 50), parsedSeed);
    }

    public Map<String, Object> detail(UUID id) {
        Detail d = inspections.get(id);
        Summary s = d.summary();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("town", directory.tree().nameOf(s.townCode()));
        data.put("s", s);
        data.put("average", average(s));
        data.put("checklist", d.checklist());
        data.put("files", d.files().stream().map(f -> new File(f.caseId(), "/console/cases/" + f.caseId(), f.caseNumber(), f.position(),
                f.total() != null, f.total() == null ? "" : f.total().stripTrailingZeros().toPlainString(), f.findings() == null ? "" : f.findings(),
                ConsoleFormat.minute(f.scoredAt()), d.checklist().stream().map(item -> new Line(item.key(), item.name(), item.points(),
                        f.points().containsKey(item.key()) ? f.points().get(item.key()).stripTrailingZeros().toPlainString() : "")).toList()))
                .toList());
        data.put("inspects", inspections.inspects());
        return data;
    }

    public void score(UUID id, UUID caseId, MultivaluedMap<String, String> form) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<Problem.Violation> bad = new ArrayList<>();
        for (String field : form.keySet()) {
            if (field.startsWith("points.")) {
                String value = form.getFirst(field);
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    points.put(field.substring("points.".length()), new BigDecimal(value.trim()));
                } catch (NumberFormatException e) {
                    bad.add(new Problem.Violation(field, "得分应为数字 (a number): " + value));
                }
            }
        }
        if (!bad.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "评分未通过校验 (the score is not valid)", bad);
        }
        inspections.score(id, caseId, points, form.getFirst("findings"));
    }

    private static String average(Summary s) {
        return s.average() == null ? "—" : s.average().stripTrailingZeros().toPlainString() + " / " + s.maximum();
    }

}
