package org.fieldlaw.inspection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.cases.CaseStatistics;
import org.fieldlaw.cases.CaseStatistics.ClosedCase;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.Cursors;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.inspection.model.Checklist;
import org.fieldlaw.inspection.model.SampleDraw;

/**
 * Case-file inspection (案卷评查): a supervisor above the towns draws a reproducible sample of a town's
 * closed cases for a period, scores each file against the checklist, and the town reads the result.
 */
@ApplicationScoped
public class InspectionService {

    private static final int MAX_SAMPLE = 50;
    private static final SecureRandom SEEDS = new SecureRandom();

    @RegisterForReflection
    public record Summary(UUID id, String townCode, LocalDate from, LocalDate to, long seed, int population, int sampleSize, int scored,
            BigDecimal average, BigDecimal maximum, OffsetDateTime drawnAt) {
    }

    @RegisterForReflection
    public record FileScore(UUID caseId, String caseNumber, int position, Map<String, BigDecimal> points, BigDecimal total, String findings,
            OffsetDateTime scoredAt) {
    }

    @RegisterForReflection
    public record Detail(Summary summary, List<Checklist.Item> checklist, List<FileScore> files) {
    }

    private final CaseStatistics cases;
    private final InspectionConfig config;
    private final JurisdictionDirectory directory;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;

    InspectionService(CaseStatistics cases, InspectionConfig config, JurisdictionDirectory directory, Caller caller, ObjectMapper mapper,
            Clock clock) {
        this.cases = cases;
        this.config = config;
        this.directory = directory;
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Whether the caller inspects towns: a supervisor of a county, a city or the province, not of a town itself. */
    public boolean inspects() {
        return directory.tree().find(caller.jurisdictionCode()).map(n -> n.level() != JurisdictionLevel.TOWN).orElse(false);
    }

    /** The towns under the caller, for choosing which to inspect. */
    public List<JurisdictionTree.Node> towns() {
        JurisdictionTree tree = directory.tree();
        return tree.subtree(caller.jurisdictionCode()).stream().map(code -> tree.find(code).orElseThrow())
                .filter(n -> n.level() == JurisdictionLevel.TOWN).toList();
    }

    @Transactional
    public UUID draw(String townCode, LocalDate from, LocalDate to, int size, Long seed) {
        requireInspector();
        JurisdictionTree.Node town = directory.tree().find(townCode == null ? "" : townCode)
                .filter(n -> n.level() == JurisdictionLevel.TOWN)
                .orElseThrow(() -> ApiException.invalid("town", "须选择一个镇街 (choose a town): " + townCode));
        if (size < 1 || size > MAX_SAMPLE) {
            throw ApiException.invalid("size", "抽取数量为 1 至 " + MAX_SAMPLE + " 件 (1 to " + MAX_SAMPLE + " cases)");
        }
        List<ClosedCase> closed = cases.closed(town.code(), from, to);
        if (closed.isEmpty()) {
            throw new ApiException(ProblemType.CONFLICT, town.name() + "在该期间没有已结案件可供抽查 (no closed cases in that period)");
        }
        long usedSeed = seed != null ? seed : SEEDS.nextLong(1_000_000_000_000L);
        Map<String, ClosedCase> byNumber = closed.stream().collect(Collectors.toMap(ClosedCase::caseNumber, Function.identity()));
        List<String> sample = SampleDraw.draw(usedSeed, List.copyOf(byNumber.keySet()), size);
        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.townCode = town.code();
        i.periodFrom = from;
        i.periodTo = to;
        i.seed = usedSeed;
        i.sampleSize = sample.size();
        i.population = closed.size();
        i.checklist = StoredJson.write(mapper, checklist().items());
        i.drawnBy = caller.officer().id();
        i.drawnAt = OffsetDateTime.now(clock);
        i.persist();
        for (int n = 0; n < sample.size(); n++) {
            InspectedCase c = new InspectedCase();
            c.key = new InspectedCase.Key(i.id, byNumber.get(sample.get(n)).id());
            c.position = n + 1;
            c.caseNumber = sample.get(n);
            c.persist();
        }
        return i.id;
    }

    @Transactional
    public void score(UUID inspectionId, UUID caseId, Map<String, BigDecimal> given, String findings) {
        requireInspector();
        Inspection i = visible(inspectionId);
        InspectedCase file = InspectedCase.findById(new InspectedCase.Key(i.id, caseId));
        if (file == null) {
            throw ApiException.notFound("抽查案卷 (sampled case file)", caseId);
        }
        Checklist.Scored scored = checklistOf(i).score(given);
        List<String> problems = new ArrayList<>(scored.problems());
        if (findings == null || findings.isBlank() || findings.length() > 4000) {
            problems.add("须写明评查意见（4000 字以内），反馈镇街 (write the findings for the town, at most 4000 characters)");
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "评分未通过校验 (the score is not valid)",
                    problems.stream().map(p -> new org.fieldlaw.common.Problem.Violation("points", p)).toList());
        }
        file.points = StoredJson.write(mapper, scored.points());
        file.total = scored.total();
        file.findings = findings.trim();
        file.scoredBy = caller.officer().id();
        file.scoredAt = OffsetDateTime.now(clock);
    }

    /** A page of draws and the cursor of the next one (null at the end). */
    public record Page(List<Summary> items, String nextCursor) {
    }

    /** One scored draw of a town: the period it covered and the average score of its files. */
    public record TownScore(String townCode, LocalDate from, LocalDate to, BigDecimal average) {
    }

    /**
     * The draws of the towns in the caller's jurisdiction, or in one town or county of it, newest first:
     * the inspector's and the town's own.
     */
    @Transactional
    public Page page(String place, String cursor, int limit) {
        return pageIn(directory.tree().subtree(caller.areaOf("town", place)), cursor, limit);
    }

    /** The draws of these places, whoever asks: callers check the places are theirs. */
    @Transactional
    @SuppressWarnings("unchecked")
    Page pageIn(List<String> places, String cursor, int limit) {
        Cursors.After<OffsetDateTime> after = Cursors.after(cursor, OffsetDateTime::parse);
        List<Inspection> found = after == null
                ? Inspection.<Inspection>find("townCode in ?1 order by drawnAt desc, id desc", places).page(0, limit + 1).list()
                : Inspection.<Inspection>find("townCode in ?1 and (drawnAt < ?2 or (drawnAt = ?2 and id < ?3)) order by drawnAt desc, id desc",
                        places, after.key(), after.id()).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<Inspection> page = more ? found.subList(0, limit) : found;
        Map<UUID, Object[]> totals = new HashMap<>();
        if (!page.isEmpty()) {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                    select inspection_id, count(total), sum(total) from inspection_case where inspection_id in (:ids) group by inspection_id""",
                    Object[].class).setParameter("ids", page.stream().map(i -> i.id).toList()).getResultList();
            rows.forEach(r -> totals.put((UUID) r[0], r));
        }
        List<Summary> items = page.stream().map(i -> {
            Object[] t = totals.get(i.id);
            return summary(i, t == null ? 0 : ((Number) t[1]).intValue(), t == null ? null : (BigDecimal) t[2]);
        }).toList();
        Inspection last = more ? page.get(page.size() - 1) : null;
        return new Page(items, last == null ? null : Cursors.encode(last.drawnAt, last.id));
    }

    /** How each town of the caller's jurisdiction (or of one place in it) scored over time: its last twelve scored draws, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<TownScore> scores(String place) {
        List<String> places = directory.tree().subtree(caller.areaOf("town", place));
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select town_code, period_from, period_to, average from (
                    select i.town_code, i.period_from, i.period_to, i.drawn_at, round(avg(c.total), 1) as average,
                           row_number() over (partition by i.town_code order by i.period_to desc, i.drawn_at desc) as recent
                      from inspection i join inspection_case c on c.inspection_id = i.id
                     where i.town_code in (:places) and c.total is not null
                     group by i.id) scored
                 where recent <= 12 order by town_code, period_to, drawn_at""", Object[].class).setParameter("places", places).getResultList();
        return rows.stream().map(r -> new TownScore((String) r[0], date(r[1]), date(r[2]), (BigDecimal) r[3])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Transactional
    public Detail get(UUID id) {
        Inspection i = visible(id);
        List<InspectedCase> sample = InspectedCase.of(i.id);
        List<FileScore> files = sample.stream().map(f -> new FileScore(f.key.caseId, f.caseNumber, f.position,
                f.points == null ? Map.of() : StoredJson.read(mapper, f.points, new TypeReference<Map<String, BigDecimal>>() {
                }), f.total, f.findings, f.scoredAt)).toList();
        return new Detail(summary(i, sample), checklistOf(i).items(), files);
    }

    private Summary summary(Inspection i, List<InspectedCase> files) {
        List<BigDecimal> totals = files.stream().map(f -> f.total).filter(t -> t != null).toList();
        return summary(i, totals.size(), totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private Summary summary(Inspection i, int scored, BigDecimal sum) {
        BigDecimal average = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
        return new Summary(i.id, i.townCode, i.periodFrom, i.periodTo, i.seed, i.population, i.sampleSize, scored, average,
                BigDecimal.valueOf(checklistOf(i).maximum()), i.drawnAt);
    }

    private Inspection visible(UUID id) {
        Inspection i = Inspection.findById(id);
        if (i == null || !caller.covers(i.townCode)) {
            throw ApiException.notFound("案卷评查 (case-file inspection)", id);
        }
        return i;
    }

    private void requireInspector() {
        if (!inspects()) {
            throw new ApiException(ProblemType.FORBIDDEN, "案卷评查由县级以上负责人组织，镇街不评查本镇街案卷 (inspections are drawn and scored above the towns)");
        }
    }

    private Checklist checklist() {
        return new Checklist(config.checklist().stream().map(c -> new Checklist.Item(c.key(), c.name(), c.points())).toList());
    }

    private Checklist checklistOf(Inspection i) {
        return new Checklist(StoredJson.read(mapper, i.checklist, new TypeReference<List<Checklist.Item>>() {
        }));
    }
}
