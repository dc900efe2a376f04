package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.discretion.model.Assessment.Art37Comparison;
import org.fieldlaw.discretion.model.Assessment.AssessedPenalty;
import org.fieldlaw.discretion.model.Assessment.NoPenaltyReason;
import org.fieldlaw.discretion.model.Assessment.Outcome;

/**
 * The discretion engine (国办发〔2022〕27号 item 14): from the baseline in force and the facts of
 * the case, the outcome, the tier, each penalty's range and a suggested amount, and the steps an
 * officer can read aloud. Stateless; no database, no framework.
 */
public final class DiscretionEngine {

    private final EngineSettings settings;

    public DiscretionEngine(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * APL Art 37 (从旧兼从轻): the baseline in force on the act date applies, unless the one in
     * force on the decision date is lighter or no longer treats the act as a violation.
     *
     * @param atDecision the baseline in force on the decision date; null or the same as {@code atAct} when unchanged
     */
    public Assessment assess(AssessmentRequest request, Baseline atAct, Baseline atDecision) {
        Assessment old = assess(request, atAct);
        if (atDecision == null || atDecision.id().equals(atAct.id()) && atDecision.version() == atAct.version()) {
            return old;
        }
        if (atDecision.violation(request.violationCode()).isEmpty()) {
            List<String> steps = new ArrayList<>(old.steps());
            steps.add("从旧兼从轻：决定时施行的基准（" + atDecision.id() + " 第 " + atDecision.version()
                    + " 版）已不将该行为列为违法行为，不予处罚");
            return new Assessment(Outcome.NO_PENALTY, NoPenaltyReason.NO_LONGER_A_VIOLATION, true, false, Tier.NO_PENALTY,
                    List.of(), List.of(), atDecision.id(), atDecision.version(), null, old.breachedProvision(),
                    old.penaltyProvision(), steps, comparison(atAct, atDecision, true, "决定时已不认为是违法行为 (no longer a violation)"));
        }
        Assessment current = assess(request, atDecision);
        boolean lighter = lighter(current, old, request);
        Assessment chosen = lighter ? current : old;
        List<String> steps = new ArrayList<>(chosen.steps());
        steps.add(lighter
                ? "从旧兼从轻：决定时的基准处罚较轻，适用决定时基准（" + atDecision.id() + " 第 " + atDecision.version() + " 版）"
                : "从旧兼从轻：适用违法行为发生时的基准（" + atAct.id() + " 第 " + atAct.version() + " 版），决定时基准并不更轻");
        return new Assessment(chosen.outcome(), chosen.noPenaltyReason(), chosen.noPenaltyMandatory(), chosen.educationRequired(),
                chosen.tier(), chosen.penalties(), chosen.missingBases(), chosen.baselineId(), chosen.baselineVersion(),
                chosen.rowId(), chosen.breachedProvision(), chosen.penaltyProvision(), steps,
                comparison(atAct, atDecision, lighter, lighter ? "决定时基准较轻 (the later baseline is lighter)"
                        : "行为时基准不重于决定时基准 (the later baseline is not lighter)"));
    }

    /** The assessment under one baseline. */
    public Assessment assess(AssessmentRequest request, Baseline baseline) {
        Violation violation = baseline.violation(request.violationCode())
                .orElseThrow(() -> new IllegalArgumentException("baseline " + baseline.id() + " has no violation " + request.violationCode()));
        List<String> steps = new ArrayList<>();
        // The provisions themselves travel in their own fields of the answer.
        steps.add("违法行为：" + violation.name() + "（" + violation.code() + "）");
        steps.add("适用基准：" + baseline.id() + " 第 " + baseline.version() + " 版，" + baseline.effectiveFrom() + " 起施行");

        Set<String> observed = new HashSet<>(request.circumstances());
        boolean first = request.history().earlierCasesOfThisViolation() == 0 && request.party().identifier() != null;
        if (first) {
            observed.add(Circumstances.FIRST_VIOLATION);
        }
        // 一年内…三次以上: 以上 includes the number itself (Civil Code Art 1259).
        boolean repeated = request.history().violationsWithinYear() >= settings.repeatThreshold();
        if (repeated) {
            observed.add(Circumstances.REPEATED_WITHIN_YEAR);
        }

        Optional<Integer> age = request.party().kind() == PartyKind.PERSON ? request.party().ageOn(request.actDate()) : Optional.empty();
        if (age.isPresent() && age.get() < 14) {
            steps.add("当事人违法时 " + age.get() + " 周岁，不满十四周岁");
            return noPenalty(NoPenaltyReason.UNDER_14, true, violation, baseline, steps, List.of(), Tier.NO_PENALTY);
        }
        Optional<NoPenaltyReason> limitation = limitation(request, violation, steps);
        if (limitation.isPresent()) {
            return noPenalty(limitation.get(), true, violation, baseline, steps, List.of(), Tier.NO_PENALTY);
        }
        if (observed.contains(Circumstances.NO_FAULT)) {
            return noPenalty(NoPenaltyReason.NO_FAULT, true, violation, baseline, steps, List.of(), Tier.NO_PENALTY);
        }
        if (observed.containsAll(Set.of(Circumstances.MINOR, Circumstances.CORRECTED_PROMPTLY, Circumstances.NO_HARM))) {
            return noPenalty(NoPenaltyReason.MINOR_AND_CORRECTED, true, violation, baseline, steps, List.of(), Tier.NO_PENALTY);
        }
        Optional<ListEntry> noPenaltyEntry = baseline.listEntry(ListKind.NO_PENALTY, violation.code(), observed);
        if (noPenaltyEntry.isPresent()) {
            steps.add("不予处罚清单：" + noPenaltyEntry.get().description());
            return noPenalty(NoPenaltyReason.ON_NO_PENALTY_LIST, true, violation, baseline, steps, List.of(), Tier.NO_PENALTY);
        }

        Tier tier = tierOf(request, baseline, violation, observed, age, steps);
        BaselineRow row = rowFor(baseline, violation, observed, tier).orElse(null);
        // Mitigation (APL Arts 30, 32) is never heavier than the general answer: without a row of its own,
        // it takes its range from the general row that fits the case, not from every statutory penalty.
        BaselineRow general = row == null && Tier.GENERAL.heavierThan(tier)
                ? rowFor(baseline, violation, observed, Tier.GENERAL).orElse(null) : null;
        List<PenaltyItem> items;
        if (row != null) {
            items = row.penalties();
            steps.add("适用基准条目 " + row.id() + "：" + row.description());
        } else if (general != null) {
            items = narrowed(general.penalties(), tier);
            steps.add("基准无" + tier.zh() + "条目，在一般条目 " + general.id() + " 的幅度内按裁量方法确定" + tier.zh() + "幅度");
        } else {
            items = narrowed(violation.statutory(), tier);
            steps.add("基准无" + tier.zh() + "条目，按法定幅度与裁量方法确定" + tier.zh() + "幅度");
        }
        List<AssessedPenalty> penalties = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PenaltyItem item : items) {
            Standard standard = item.standardFor(request.party().kind());
            Computed computed = standard.compute(request.bases(), tier, settings.bands());
            if (computed instanceof Computed.Amount a) {
                BigDecimal suggested = a.range().at(settings.suggestedPosition());
                penalties.add(new AssessedPenalty(item.type(), a.range(), suggested, standard.describe(), a.explanation()));
                steps.add(item.type().zh() + "：" + a.explanation() + "，建议 " + suggested.toPlainString() + " 元");
            } else if (computed instanceof Computed.NeedsBase n) {
                missing.add(n.base());
                penalties.add(new AssessedPenalty(item.type(), null, null, standard.describe(), n.explanation()));
                steps.add(item.type().zh() + "：" + n.explanation());
            } else if (computed instanceof Computed.NotMonetary m) {
                penalties.add(new AssessedPenalty(item.type(), null, null, standard.describe(), m.explanation()));
                steps.add("并处：" + m.explanation());
            }
        }

        Optional<ListEntry> firstEntry = baseline.listEntry(ListKind.FIRST_VIOLATION, violation.code(), observed);
        // APL Art 33 para 1: first violation, minor harm *and* prompt correction, whatever the list entry asks
        boolean minorHarm = observed.contains(Circumstances.MINOR_HARM) || observed.contains(Circumstances.NO_HARM);
        boolean corrected = observed.contains(Circumstances.CORRECTED_PROMPTLY);
        if (first && firstEntry.isPresent() && !(minorHarm && corrected)) {
            steps.add("首违不罚须危害后果轻微并及时改正，" + (minorHarm ? "" : "未认定危害后果轻微") + (minorHarm || corrected ? "" : "、")
                    + (corrected ? "" : "未认定及时改正") + "，不适用首违不罚");
        }
        if (first && firstEntry.isPresent() && minorHarm && corrected) {
            steps.add("首违不罚清单：" + firstEntry.get().description() + "；当事人无该违法行为的已决案件记录，可以不予处罚并进行教育");
            return noPenalty(NoPenaltyReason.FIRST_VIOLATION, false, violation, baseline, steps, penalties, tier, missing, row);
        }
        return new Assessment(Outcome.PENALTY, null, false, false, tier, List.copyOf(penalties), List.copyOf(missing),
                baseline.id(), baseline.version(), row == null ? null : row.id(), violation.breachedProvision(),
                violation.penaltyProvision(), List.copyOf(steps), null);
    }

    /**
     * What the law alone decides, with no baseline in force to read (an act older than every
     * baseline): under 14 at the act (APL Art 30) or found after the limitation period (Art 36) is no
     * penalty, whatever a baseline would say. Empty when neither applies, for then only a baseline can
     * answer.
     */
    public Optional<Assessment> statutoryBar(AssessmentRequest request, Violation violation) {
        List<String> steps = new ArrayList<>();
        steps.add("违法行为：" + violation.name() + "（" + violation.code() + "）");
        steps.add("违法行为发生时没有施行中的裁量基准，按法律规定判断是否不予处罚");
        Optional<Integer> age = request.party().kind() == PartyKind.PERSON ? request.party().ageOn(request.actDate()) : Optional.empty();
        NoPenaltyReason reason = null;
        if (age.isPresent() && age.get() < 14) {
            steps.add("当事人违法时 " + age.get() + " 周岁，不满十四周岁");
            reason = NoPenaltyReason.UNDER_14;
        } else {
            reason = limitation(request, violation, steps).orElse(null);
        }
        if (reason == null) {
            return Optional.empty();
        }
        steps.add(reason.text() + "；须对当事人进行教育并记录");
        return Optional.of(new Assessment(Outcome.NO_PENALTY, reason, true, true, Tier.NO_PENALTY, List.of(), List.of(), null, 0, null,
                violation.breachedProvision(), violation.penaltyProvision(), List.copyOf(steps), null));
    }

    /** APL Art 36 alone: whether the act was found only after its limitation period. */
    public boolean beyondLimitation(AssessmentRequest request, Violation violation) {
        return limitation(request, violation, new ArrayList<>()).isPresent();
    }

    private Optional<NoPenaltyReason> limitation(AssessmentRequest request, Violation violation, List<String> steps) {
        if (request.continuing() && request.actEndDate() == null) {
            steps.add("违法行为处于继续状态，追责时效尚未起算 (APL Art 36)");
            return Optional.empty();
        }
        // Five years only where the act touched life, health or financial safety *and* had harmful consequences.
        boolean harmful = request.circumstances().contains(Circumstances.HARMFUL_CONSEQUENCES);
        int years = violation.longLimitation() && harmful ? settings.longLimitationYears() : settings.limitationYears();
        if (violation.longLimitation() && !harmful) {
            steps.add("该违法行为涉及生命健康或金融安全，但未认定有危害后果，追责期限为 " + years + " 年 (APL Art 36)");
        }
        LocalDate start = request.limitationStart();
        LocalDate last = start.plusYears(years);
        if (request.discoveredOn().isAfter(last)) {
            steps.add("违法行为" + (request.continuing() ? "终了" : "发生") + "于 " + start + "，至 " + request.discoveredOn()
                    + " 方被发现，已超过 " + years + " 年");
            return Optional.of(NoPenaltyReason.LIMITATION_PASSED);
        }
        return Optional.empty();
    }

    private Tier tierOf(AssessmentRequest request, Baseline baseline, Violation violation, Set<String> observed,
            Optional<Integer> age, List<String> steps) {
        Optional<BaselineRow> matched = mostSpecific(baseline.rowsOf(violation.code()), observed, null);
        Tier tier = matched.map(BaselineRow::tier).orElse(Tier.GENERAL);
        steps.add(matched.map(r -> "情节对应基准条目 " + r.id() + "，裁量阶次：" + r.tier().zh())
                .orElse("无特定情节条目，裁量阶次：一般"));
        if (observed.contains(Circumstances.REPEATED_WITHIN_YEAR) && tier.compareTo(Tier.HEAVIER) < 0) {
            tier = Tier.HEAVIER;
            steps.add("一年内已受处罚 " + settings.repeatThreshold() + " 次以上（依案件记录 " + request.history().violationsWithinYear()
                    + " 次），从重");
        }
        List<String> mitigations = new ArrayList<>();
        if (age.isPresent() && age.get() < 18) {
            mitigations.add("违法时 " + age.get() + " 周岁，已满十四周岁不满十八周岁 (APL Art 30)");
        }
        for (String code : Circumstances.ARTICLE_32) {
            if (observed.contains(code)) {
                mitigations.add("具有 APL 第三十二条情节 " + code);
            }
        }
        baseline.listEntry(ListKind.LIGHTER_OR_REDUCED, violation.code(), observed)
                .ifPresent(e -> mitigations.add("从轻减轻处罚清单：" + e.description()));
        if (!mitigations.isEmpty() && tier.heavierThan(Tier.LIGHTER)) {
            tier = Tier.LIGHTER;
            steps.add(String.join("；", mitigations) + "，应当从轻或者减轻：按从轻处罚（减轻须另行说明理由）");
        } else if (!mitigations.isEmpty()) {
            steps.add(String.join("；", mitigations) + "，已按" + tier.zh() + "处理");
        }
        return tier;
    }

    private Optional<BaselineRow> rowFor(Baseline baseline, Violation violation, Set<String> observed, Tier tier) {
        return mostSpecific(baseline.rowsOf(violation.code()), observed, tier);
    }

    /** The applicable row with the most conditions; ties go to the lighter tier, then the lower id, so the answer is stable. */
    private static final Comparator<BaselineRow> SPECIFICITY = Comparator.<BaselineRow>comparingInt(r -> r.conditions().size())
            .thenComparing(BaselineRow::tier, Comparator.reverseOrder())
            .thenComparing(BaselineRow::id, Comparator.reverseOrder());

    private static Optional<BaselineRow> mostSpecific(List<BaselineRow> rows, Set<String> observed, Tier tier) {
        BaselineRow best = null;
        for (BaselineRow row : rows) {
            if ((tier == null || row.tier() == tier) && row.appliesTo(observed)
                    && (best == null || SPECIFICITY.compare(row, best) > 0)) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<PenaltyItem> narrowed(List<PenaltyItem> items, Tier tier) {
        return items.stream()
                .map(i -> new PenaltyItem(i.type(), i.forPerson().narrowedTo(tier, settings.bands()),
                        i.forOrganisation().narrowedTo(tier, settings.bands())))
                .toList();
    }

    private Assessment noPenalty(NoPenaltyReason reason, boolean mandatory, Violation violation, Baseline baseline,
            List<String> steps, List<AssessedPenalty> penalties, Tier tier) {
        return noPenalty(reason, mandatory, violation, baseline, steps, penalties, tier, List.of(), null);
    }

    private Assessment noPenalty(NoPenaltyReason reason, boolean mandatory, Violation violation, Baseline baseline,
            List<String> steps, List<AssessedPenalty> penalties, Tier tier, List<String> missing, BaselineRow row) {
        steps.add(reason.text() + (mandatory ? "" : "；如不适用，按下列处罚") + "；须对当事人进行教育并记录");
        return new Assessment(Outcome.NO_PENALTY, reason, mandatory, true, mandatory ? Tier.NO_PENALTY : tier,
                List.copyOf(penalties), List.copyOf(missing), baseline.id(), baseline.version(), row == null ? null : row.id(),
                violation.breachedProvision(), violation.penaltyProvision(), List.copyOf(steps), null);
    }

    /**
     * APL Art 37 compares whole penalties. Lighter: a mandatory no penalty beats a penalty; then the
     * heavier of the two heaviest penalty types loses (Art 9's order: a licence revoked outweighs any
     * fine); a version that adds a penalty of its own is not lighter, however low its fine; then the
     * lower total fine ceiling, fewer penalties, the lower tier. Orders and measures weigh nothing.
     */
    static boolean lighter(Assessment candidate, Assessment reference, AssessmentRequest request) {
        if (candidate.outcome() != reference.outcome()) {
            return candidate.outcome() == Outcome.NO_PENALTY && candidate.noPenaltyMandatory();
        }
        Set<PenaltyType> mine = penaltyTypes(candidate);
        Set<PenaltyType> theirs = penaltyTypes(reference);
        int byHeaviest = Integer.compare(heaviest(mine), heaviest(theirs));
        if (byHeaviest != 0) {
            return byHeaviest < 0;
        }
        if (!theirs.containsAll(mine)) {
            return false;
        }
        int byFine = fineCeiling(candidate).compareTo(fineCeiling(reference));
        if (byFine != 0) {
            return byFine < 0;
        }
        if (mine.size() != theirs.size()) {
            return mine.size() < theirs.size();
        }
        return candidate.tier().compareTo(reference.tier()) < 0;
    }

    private static Set<PenaltyType> penaltyTypes(Assessment a) {
        Set<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
        a.penalties().stream().map(AssessedPenalty::type).filter(t -> t.severity() > 0).forEach(types::add);
        return types;
    }

    private static int heaviest(Set<PenaltyType> types) {
        return types.stream().mapToInt(PenaltyType::severity).max().orElse(0);
    }

    private static BigDecimal fineCeiling(Assessment a) {
        return a.penalties().stream()
                .filter(p -> p.range() != null)
                .map(p -> p.range().max())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Art37Comparison comparison(Baseline act, Baseline decision, boolean decisionApplied, String reason) {
        return new Art37Comparison(act.id(), act.version(), decision.id(), decision.version(), decisionApplied, reason);
    }
}
