package org.fieldlaw.discretion.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small baselines with real shapes: Planning Law Art 64 per 建法〔2012〕99号, 占道经营, illegal gains, maximum-only. */
final class SampleBaselines {

    static final String ART64 = "GH-64";
    static final String STREET_VENDING = "CG-ZDJY";
    static final String ILLEGAL_GAINS = "SC-WFSD";
    static final String POSTERS = "CG-LZT";
    static final String CONSTRUCTION_COST = "CONSTRUCTION_COST";
    static final String GAINS = "ILLEGAL_GAINS";

    static final String ADULT = "440703198506120022";
    static final String BORN_2010 = "440703201003151235";
    static final String BORN_2013 = "440785201309010042";

    private SampleBaselines() {
    }

    static Violation art64() {
        return new Violation(ART64, "在城镇规划区内未取得建设工程规划许可证进行建设", "planning-construction", "440700-GH-064",
                "《城乡规划法》第四十条", "《城乡规划法》第六十四条",
                // 5%–10% where still correctable, "百分之十以下" (0–10%) where it cannot be demolished: the law's envelope is 0–10%.
                List.of(PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0", "0.10")),
                        PenaltyItem.order(PenaltyType.ORDER_STOP_CONSTRUCTION),
                        PenaltyItem.order(PenaltyType.ORDER_CORRECTION),
                        PenaltyItem.order(PenaltyType.ORDER_DEMOLITION),
                        PenaltyItem.order(PenaltyType.CONFISCATE_BUILDING)),
                false);
    }

    static Violation streetVending() {
        return new Violation(STREET_VENDING, "占用城市道路摆卖（占道经营）", "city-management", "440700-CG-001",
                "《广东省城乡生活垃圾管理条例》（示例）", "《江门市城市管理条例》（示例）",
                List.of(new PenaltyItem(PenaltyType.FINE, FixedRange.of(50, 200), FixedRange.of(200, 1000)),
                        PenaltyItem.order(PenaltyType.WARNING)),
                false);
    }

    static Violation illegalGains() {
        return new Violation(ILLEGAL_GAINS, "无照经营并有违法所得（示例）", "market", "440700-SC-001", "（示例）违法依据", "（示例）处罚依据",
                List.of(PenaltyItem.same(PenaltyType.FINE, MultipleOfBase.of(GAINS, "1", "3", 30_000L, Range.of(5_000, 20_000))),
                        PenaltyItem.order(PenaltyType.CONFISCATE_ILLEGAL_GAINS)),
                true);
    }

    static Violation posters() {
        return new Violation(POSTERS, "乱张贴、乱涂画", "city-management", "440700-CG-007", "（示例）违法依据", "（示例）处罚依据",
                List.of(PenaltyItem.same(PenaltyType.FINE, MaximumOnly.of(1000))), false);
    }

    static List<BaselineRow> cityRows() {
        return List.of(
                row("c64-1", ART64, Set.of("CORRECTABLE", "CORRECTED_ON_TIME"), Tier.GENERAL,
                        PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0.05", "0.05")),
                        PenaltyItem.order(PenaltyType.ORDER_CORRECTION)),
                row("c64-2", ART64, Set.of("CORRECTABLE", "NOT_CORRECTED_ON_TIME"), Tier.HEAVIER,
                        PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0.10", "0.10")),
                        PenaltyItem.order(PenaltyType.ORDER_DEMOLITION)),
                row("c64-3", ART64, Set.of("NOT_CORRECTABLE", "DEMOLISHED_ON_TIME"), Tier.GENERAL,
                        PenaltyItem.order(PenaltyType.ORDER_DEMOLITION)),
                row("c64-4", ART64, Set.of("NOT_CORRECTABLE", "NOT_DEMOLISHED_ON_TIME"), Tier.HEAVIER,
                        PenaltyItem.order(PenaltyType.ORDER_DEMOLITION),
                        PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0.10", "0.10"))),
                row("c64-5", ART64, Set.of("NOT_CORRECTABLE", "CANNOT_BE_DEMOLISHED"), Tier.HEAVIER,
                        PenaltyItem.order(PenaltyType.CONFISCATE_BUILDING),
                        PenaltyItem.same(PenaltyType.FINE, PercentageOfBase.of(CONSTRUCTION_COST, "0", "0.10"))),
                row("czd-1", STREET_VENDING, Set.of(), Tier.GENERAL,
                        new PenaltyItem(PenaltyType.FINE, FixedRange.of(80, 150), FixedRange.of(400, 700))),
                row("czd-2", STREET_VENDING, Set.of(Circumstances.REPEATED_WITHIN_YEAR), Tier.HEAVIER,
                        new PenaltyItem(PenaltyType.FINE, FixedRange.of(150, 200), FixedRange.of(700, 1000))));
    }

    static BaselineRow row(String id, String violation, Set<String> conditions, Tier tier, PenaltyItem... items) {
        return new BaselineRow(id, violation, conditions, tier, List.of(items), "示例条目 " + id, null);
    }

    static List<ListEntry> cityLists() {
        return List.of(new ListEntry(ListKind.FIRST_VIOLATION, STREET_VENDING, Set.of(Circumstances.CORRECTED_PROMPTLY),
                "首次占道经营，经教育立即改正"));
    }

    static Baseline city(int version, LocalDate from, LocalDate to) {
        return new Baseline("江门市城市管理裁量基准", AuthorityLevel.CITY, "440700", version, from, to,
                Baseline.index(List.of(art64(), streetVending(), illegalGains(), posters())), cityRows(), cityLists());
    }

    static Baseline city() {
        return city(1, LocalDate.of(2024, 1, 1), null);
    }
}
