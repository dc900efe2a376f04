package org.fieldlaw.testing;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRecords;
import org.fieldlaw.agency.DevolvedMatter;
import org.fieldlaw.agency.EnforcementBody;
import org.fieldlaw.agency.Officer;
import org.fieldlaw.agency.model.BodyKind;

/**
 * The bodies and people every integration test relies on, loaded once after the reference data.
 * Usernames name the role and the place, so a test reads as its rule.
 */
@ApplicationScoped
public class AgencyFixture {

    public static final String JIANGMEN = "440700";
    public static final String PENGJIANG = "440703";
    public static final String BAISHA = "440703001";
    public static final String HUANSHI = "440703002";
    public static final String ENPING = "440785";
    public static final String ENCHENG = "440785001";
    /** A county whose baseline only DecisionTimeBaselineTest publishes, so its versions are that test's alone. */
    public static final String XINHUI = "440705";
    /** 江海区: only the fuzz run acts there, so what it writes meets no other test's counts. */
    public static final String JIANGHAI = "440704";

    public static final UUID CITY_BUREAU = id("city-bureau");
    public static final UUID PENGJIANG_BUREAU = id("pengjiang-bureau");
    public static final UUID BAISHA_OFFICE = id("baisha-office");
    public static final UUID ENPING_BUREAU = id("enping-bureau");
    public static final UUID ENCHENG_OFFICE = id("encheng-office");
    public static final UUID XINHUI_BUREAU = id("xinhui-bureau");
    public static final UUID JIANGHAI_BUREAU = id("jianghai-bureau");

    /** Officers by username: officer of 白沙, officer of 恩城, and so on. */
    public static final String BAISHA_OFFICER = "baisha-officer";
    public static final String BAISHA_OFFICER_2 = "baisha-officer-2";
    public static final String ENCHENG_OFFICER = "encheng-officer";
    public static final String XINHUI_OFFICER_A = "xinhui-officer-a";
    public static final String XINHUI_OFFICER_B = "xinhui-officer-b";
    public static final String PENGJIANG_SUPERVISOR = "pengjiang-supervisor";
    public static final String PENGJIANG_REVIEWER = "pengjiang-reviewer";
    public static final String PENGJIANG_ADMIN = "pengjiang-admin";
    public static final String CITY_ADMIN = "city-admin";
    public static final String CITY_AUDITOR = "city-auditor";
    public static final String INACTIVE_OFFICER = "inactive-officer";

    /** Two certified 白沙 officers for cases (city management and planning), one without a certificate, a reviewer without the legal qualification. */
    public static final String CASE_OFFICER_A = "case-officer-a";
    public static final String CASE_OFFICER_B = "case-officer-b";
    public static final String CASE_OFFICER_NOCERT = "case-officer-nocert";
    public static final String NEW_REVIEWER = "new-reviewer";
    public static final String FUZZ_OFFICER = "fuzz-officer";

    public static final UUID BAISHA_OFFICER_ID = id("officer-" + BAISHA_OFFICER);
    public static final UUID CASE_OFFICER_A_ID = id("officer-" + CASE_OFFICER_A);
    public static final UUID CASE_OFFICER_B_ID = id("officer-" + CASE_OFFICER_B);
    public static final UUID CASE_OFFICER_NOCERT_ID = id("officer-" + CASE_OFFICER_NOCERT);
    public static final UUID PENGJIANG_SUPERVISOR_ID = id("officer-" + PENGJIANG_SUPERVISOR);
    public static final UUID PENGJIANG_REVIEWER_ID = id("officer-" + PENGJIANG_REVIEWER);
    public static final UUID ENCHENG_OFFICER_ID = id("officer-" + ENCHENG_OFFICER);
    public static final UUID XINHUI_OFFICER_A_ID = id("officer-" + XINHUI_OFFICER_A);
    public static final UUID XINHUI_OFFICER_B_ID = id("officer-" + XINHUI_OFFICER_B);

    void load(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        insert();
    }

    @Transactional
    void insert() {
        if (EnforcementBody.findById(BAISHA_OFFICE) != null) {
            return;
        }
        body(CITY_BUREAU, "测试江门市城市管理和综合执法局", "江城执", BodyKind.CITY_BUREAU, JIANGMEN);
        body(PENGJIANG_BUREAU, "测试蓬江区城市管理和综合执法局", "江蓬城执", BodyKind.COUNTY_BUREAU, PENGJIANG);
        body(BAISHA_OFFICE, "测试白沙街道综合行政执法办公室", "江蓬白综执", BodyKind.TOWN_OFFICE, BAISHA);
        body(ENPING_BUREAU, "测试恩平市城市管理和综合执法局", "恩城执", BodyKind.COUNTY_BUREAU, ENPING);
        body(ENCHENG_OFFICE, "测试恩城街道综合行政执法办公室", "恩恩城综执", BodyKind.TOWN_OFFICE, ENCHENG);
        body(XINHUI_BUREAU, "测试江门市新会区城市管理和综合执法局", "新综执", BodyKind.COUNTY_BUREAU, XINHUI);
        body(JIANGHAI_BUREAU, "测试江门市江海区城市管理和综合执法局", "江海综执", BodyKind.COUNTY_BUREAU, JIANGHAI);

        Officer baisha = officer(BAISHA_OFFICER, "陈测试", BAISHA_OFFICE, false, true);
        certificate(baisha, "T-44070301001", BAISHA, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
        officer(BAISHA_OFFICER_2, "林测试", BAISHA_OFFICE, false, true);
        Officer encheng = officer(ENCHENG_OFFICER, "吴测试", ENCHENG_OFFICE, false, true);
        certificate(encheng, "T-44078501001", ENCHENG, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
        certificate(officer(XINHUI_OFFICER_A, "新甲测试", XINHUI_BUREAU, false, true), "T-44070500001", XINHUI, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31));
        certificate(officer(XINHUI_OFFICER_B, "新乙测试", XINHUI_BUREAU, false, true), "T-44070500002", XINHUI, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31));
        officer(PENGJIANG_SUPERVISOR, "黄测试", PENGJIANG_BUREAU, false, true);
        officer(PENGJIANG_REVIEWER, "赵测试", PENGJIANG_BUREAU, true, true);
        officer(PENGJIANG_ADMIN, "区管理员", PENGJIANG_BUREAU, false, true);
        officer(CITY_ADMIN, "市管理员", CITY_BUREAU, false, true);
        officer(CITY_AUDITOR, "何测试", CITY_BUREAU, false, true);
        officer(INACTIVE_OFFICER, "停用测试", BAISHA_OFFICE, false, false);

        String[] caseFields = { "city-management", "planning-construction" };
        AgencyRecords.certificate(id("certificate-case-a"), officer(CASE_OFFICER_A, "甲执法", BAISHA_OFFICE, false, true),
                "T-44070301101", caseFields, BAISHA, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
        AgencyRecords.certificate(id("certificate-case-b"), officer(CASE_OFFICER_B, "乙执法", BAISHA_OFFICE, false, true),
                "T-44070301102", caseFields, BAISHA, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
        officer(CASE_OFFICER_NOCERT, "丙无证", BAISHA_OFFICE, false, true);
        officer(NEW_REVIEWER, "新审核", PENGJIANG_BUREAU, false, true);
        officer(FUZZ_OFFICER, "模糊测试", JIANGHAI_BUREAU, false, true);
        // 白沙 holds the city-appearance matters of the sample baseline, not the planning ones (docs/domain.md §7).
        for (int n = 1; n <= 10; n++) {
            String matter = String.format("440700-CG-%03d", n);
            DevolvedMatter m = new DevolvedMatter();
            m.id = id("grant-baisha-" + matter);
            m.townCode = BAISHA;
            m.matterCode = matter;
            m.matterName = "城市管理事项 " + matter;
            m.field = "city-management";
            m.effectiveFrom = LocalDate.of(2024, 1, 1);
            m.legalBasis = "粤府函〔2020〕136号（测试）";
            m.persist();
        }
    }

    public static UUID id(String name) {
        return AgencyRecords.idOf("fixture-" + name);
    }

    private static void body(UUID id, String name, String prefix, BodyKind kind, String jurisdiction) {
        AgencyRecords.body(id, name, prefix, kind, jurisdiction);
    }

    private static Officer officer(String username, String name, UUID body, boolean legal, boolean active) {
        return AgencyRecords.officer(id("officer-" + username), username, name, body, legal, active);
    }

    private static void certificate(Officer o, String number, String area, LocalDate from, LocalDate to) {
        AgencyRecords.certificate(id("certificate-" + number), o, number, new String[] { "city-management" }, area, from, to);
    }
}
