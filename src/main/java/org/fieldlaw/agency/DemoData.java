package org.fieldlaw.agency;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;

/**
 * Demo bodies, officers, certificates and devolved matters for dev mode (fieldlaw.agency.demo-data).
 * Names and numbers are invented; the usernames match the dev identity provider's users.
 * Fixed ids let the README's examples name them.
 */
@ApplicationScoped
public class DemoData {

    public static final UUID JIANGMEN_BUREAU = UUID.fromString("0b7e2c1a-0000-4000-8000-000000000001");
    public static final UUID PENGJIANG_BUREAU = UUID.fromString("0b7e2c1a-0000-4000-8000-000000000002");
    public static final UUID BAISHA_OFFICE = UUID.fromString("0b7e2c1a-0000-4000-8000-000000000003");
    public static final UUID ENPING_BUREAU = UUID.fromString("0b7e2c1a-0000-4000-8000-000000000004");
    public static final UUID ENCHENG_OFFICE = UUID.fromString("0b7e2c1a-0000-4000-8000-000000000005");

    @Transactional
    public void load() {
        if (EnforcementBody.findById(BAISHA_OFFICE) != null) {
            return;
        }
        body(JIANGMEN_BUREAU, "江门市城市管理和综合执法局", "江城执", BodyKind.CITY_BUREAU, "440700");
        body(PENGJIANG_BUREAU, "江门市蓬江区城市管理和综合执法局", "江蓬城执", BodyKind.COUNTY_BUREAU, "440703");
        body(BAISHA_OFFICE, "江门市蓬江区白沙街道综合行政执法办公室", "江蓬白综执", BodyKind.TOWN_OFFICE, "440703001");
        body(ENPING_BUREAU, "恩平市城市管理和综合执法局", "恩城执", BodyKind.COUNTY_BUREAU, "440785");
        body(ENCHENG_OFFICE, "恩平市恩城街道综合行政执法办公室", "恩恩城综执", BodyKind.TOWN_OFFICE, "440785001");

        Officer chen = officer("chen", "陈志强", BAISHA_OFFICE, false);
        certificate(chen, "44070301001", "440703001", LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28));
        Officer lin = officer("lin", "林晓燕", BAISHA_OFFICE, false);
        certificate(lin, "44070301002", "440703001", LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30));
        Officer wu = officer("wu", "吴建华", ENCHENG_OFFICE, false);
        certificate(wu, "44078501003", "440785001", LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
        Officer huang = officer("huang", "黄国栋", PENGJIANG_BUREAU, false);
        certificate(huang, "44070300004", "440703", LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31));
        officer("zhao", "赵敏", PENGJIANG_BUREAU, true);
        officer("liang", "梁文", JIANGMEN_BUREAU, false);
        officer("he", "何丽", JIANGMEN_BUREAU, false);

        String basis = "粤府函〔2020〕136号；蓬江区人民政府关于镇街综合行政执法赋权事项的通知";
        devolved("440703001", "440700-CG-001", "对占用城市道路、公共场所摆卖（占道经营）的行政处罚", "city-management",
                LocalDate.of(2021, 1, 1), basis, null, null);
        devolved("440703001", "440700-CG-004", "对未经批准在夜间进行产生环境噪声污染的建筑施工作业的行政处罚", "city-management",
                LocalDate.of(2021, 1, 1), basis, null, null);
        devolved("440703001", "440700-GH-064", "对城镇规划区内未取得建设工程规划许可证进行建设的行政处罚", "planning-construction",
                LocalDate.of(2022, 7, 1), basis, null, null);
        devolved("440703001", "440703-HB-012", "对饮食服务业油烟超标排放的行政处罚", "ecology-environment",
                LocalDate.of(2021, 1, 1), basis, LocalDate.of(2025, 7, 1), "评估后收回：专业性强，镇街无法承接");
        devolved("440785001", "440700-GH-065", "对乡、村庄规划区内未取得乡村建设规划许可证进行建设的处理", "planning-construction",
                LocalDate.of(2023, 1, 1), "粤府函〔2020〕136号；恩平市赋权事项目录", null, null);
        Log.info("Demo agency data loaded: 5 bodies, 7 officers");
    }

    private static void body(UUID id, String name, String prefix, BodyKind kind, String jurisdiction) {
        AgencyRecords.body(id, name, prefix, kind, jurisdiction);
    }

    private static Officer officer(String username, String name, UUID body, boolean legalQualification) {
        return AgencyRecords.officer(AgencyRecords.idOf("demo-officer-" + username), username, name, body, legalQualification, true);
    }

    private static void certificate(Officer o, String number, String area, LocalDate from, LocalDate to) {
        AgencyRecords.certificate(AgencyRecords.idOf("demo-certificate-" + number), o, number,
                new String[] { "city-management", "planning-construction" }, area, from, to);
    }

    private static void devolved(String town, String code, String name, String field, LocalDate from, String basis,
            LocalDate revokedFrom, String revocationBasis) {
        DevolvedMatter m = new DevolvedMatter();
        m.id = AgencyRecords.idOf("demo-devolved-" + town + code);
        m.townCode = town;
        m.matterCode = code;
        m.matterName = name;
        m.field = field;
        m.effectiveFrom = from;
        m.legalBasis = basis;
        m.revokedFrom = revokedFrom;
        m.revocationBasis = revocationBasis;
        m.persist();
    }
}
