package org.fieldlaw.privacy;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.decided;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldlaw.discretion.PartyHistoryService;
import org.fieldlaw.discretion.model.PartyHistory;
import org.fieldlaw.privacy.model.KeyList;
import org.fieldlaw.privacy.model.Sealer;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.SiteReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parties' resident ID numbers, names and addresses are sealed at rest (issue 16): whatever path brought them in (a
 * case created and edited, a push from a phone, a conflict kept, a site reported, the decided-case history), no
 * text column of the database holds them in the clear; rows from before sealing, and rows under a retired key, are
 * sealed by the resealing job without the change feed or the record noticing.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Resealing resealing;

    @Inject
    PersonalData personalData;

    @Inject
    PartyHistoryService histories;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    /** A party no other test has used, with a name and an address as distinctive as its ID number. */
    record Party(String idNumber, String name, String address) {
        static Party fresh() {
            int n = NEXT.incrementAndGet();
            return new Party(newParty(), "封存测试人" + n + "号", "江门市蓬江区封存路" + (100 + n) + "号");
        }

        List<String> needles() {
            return List.of(idNumber, name, address);
        }
    }

    static Map<String, Object> caseOf(Party p) {
        Map<String, Object> body = vending(p.idNumber());
        body.put("party", new HashMap<>(Map.of("kind", "PERSON", "name", p.name(), "idNumber", p.idNumber(), "address", p.address())));
        return body;
    }

    @Test
    void noTextColumnHoldsAPartysIdNumberNameOrAddressInTheClear() throws SQLException {
        Party created = Party.fresh();
        UUID caseId = UUID.randomUUID();
        officer().body(caseOf(created)).put(CASES + caseId).then().statusCode(201);
        // an edit records the facts before and after in the case's record
        String etag = officer().get(CASES + caseId).then().statusCode(200).extract().header("ETag");
        Map<String, Object> edited = caseOf(created);
        edited.put("summary", "补充：当事人经劝导后离开。");
        officer().header("If-Match", etag).body(edited).put(CASES + caseId).then().statusCode(200);
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200)
                .body("party.name", equalTo(created.name())).body("party.identifier", equalTo(created.idNumber()))
                .body("party.address", equalTo(created.address()));

        Party pushed = Party.fresh();
        UUID device = UUID.randomUUID();
        officer().body(Map.of("name", "执法终端 封存")).put("/api/v1/sync/devices/" + device).then().statusCode(201);
        UUID pushedCase = UUID.randomUUID();
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(
                op("CASE_CREATE", pushedCase, null, caseOf(pushed)),
                op("CASE_UPDATE", pushedCase, 99L, caseOf(pushed)))))
                .post("/api/v1/sync/push").then().statusCode(200)
                .body("results[0].outcome", equalTo("APPLIED")).body("results[1].outcome", equalTo("CONFLICT"));

        Party building = Party.fresh();
        Map<String, Object> report = SiteReports.withParty("白沙街道某村（封存测试）", building.name(), building.idNumber());
        officer().body(report).post("/api/v1/sites/reports").then().log().ifValidationFails().statusCode(201);
        officer().get("/api/v1/sites/" + report.get("siteId") + "?reveal=party").then().statusCode(200).body("partyName", equalTo(building.name()));

        String decidedParty = newParty();
        UUID decidedCase = decided(decidedParty, 120);

        for (Party p : List.of(created, pushed, building)) {
            for (String needle : p.needles()) {
                assertEquals(List.of(), columnsHolding(needle), "where " + needle + " is stored in the clear");
            }
        }
        assertEquals(List.of(), columnsHolding(decidedParty), "the decided party's ID number");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select party_key, party_identifier from decided_case_record where id = ?")) {
            s.setObject(1, decidedCase);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(personalData.lookupKey(decidedParty), r.getString(1));
                assertNull(r.getString(2));
            }
        }
        assertEquals(1, earlierCases(decidedParty, decidedCase), "the history is found by the keyed hash");
    }

    @Test
    void rowsWrittenBeforeSealingAreSealedByTheJobUnseenByTheFeedAndTheRecordStillVerifies() throws SQLException {
        Party party = Party.fresh();
        UUID caseId = UUID.randomUUID();
        officer().body(caseOf(party)).put(CASES + caseId).then().statusCode(201);
        String decidedParty = newParty();
        UUID decidedCase = decided(decidedParty, 120);
        // As the rows stood before V30: every sealed column in the clear, the history by plain identifier.
        unsealed("enforcement_case", "id", caseId, "party_name", "party_identifier", "party_address", "create_request");
        unsealed("record_entry", "owner_id", caseId, "detail");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update decided_case_record set party_identifier = ?, party_key = null where id = ?")) {
            s.setString(1, decidedParty);
            s.setObject(2, decidedCase);
            assertEquals(1, s.executeUpdate());
        }
        assertFalse(columnsHolding(party.idNumber()).isEmpty(), "the set-up left the ID number in the clear");
        assertEquals(1, earlierCases(decidedParty, decidedCase), "a history row not yet hashed is still found");
        long feed = changesOf(caseId);

        assertTrue(resealing.run() >= 4, "the unsealed values were sealed");

        for (String needle : party.needles()) {
            assertEquals(List.of(), columnsHolding(needle), needle);
        }
        assertEquals(List.of(), columnsHolding(decidedParty));
        assertEquals(feed, changesOf(caseId), "phones are not sent a case whose bytes, not content, changed");
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200)
                .body("party.name", equalTo(party.name())).body("party.identifier", equalTo(party.idNumber()));
        officer().post(CASES + caseId + "/record/verification").then().statusCode(200).body("intact", equalTo(true));
        assertEquals(1, earlierCases(decidedParty, decidedCase), "and found by its keyed hash once hashed");
        assertEquals(0, resealing.run(), "nothing is left for a second run");
    }

    @Test
    void afterAPassThatFoundNothingTheScheduledPassRestsForTheQuietPeriod() throws SQLException {
        resealing.run();
        Party party = Party.fresh();
        UUID caseId = UUID.randomUUID();
        officer().body(caseOf(party)).put(CASES + caseId).then().statusCode(201);
        unsealed("enforcement_case", "id", caseId, "party_name");
        resealing.passIfDue("0s");
        assertTrue(column("enforcement_case", "party_name", caseId).startsWith("sealed:v1:test1:"));
        assertFalse(resealing.quiet(), "a pass that sealed something keeps the cadence");

        resealing.passIfDue("0s");
        assertTrue(resealing.quiet(), "a pass that found nothing starts the quiet period (24 h)");
        unsealed("enforcement_case", "id", caseId, "party_name");
        resealing.passIfDue("0s");
        assertFalse(column("enforcement_case", "party_name", caseId).startsWith("sealed:"), "no scan while quiet");
        resealing.run();
        assertTrue(column("enforcement_case", "party_name", caseId).startsWith("sealed:v1:test1:"));
    }

    @Test
    void valuesSealedByARetiredKeyAreReadAndSealedAgainUnderTheActiveKey() throws SQLException {
        Party party = Party.fresh();
        UUID caseId = UUID.randomUUID();
        officer().body(caseOf(party)).put(CASES + caseId).then().statusCode(201);
        // test2 is configured beside the active test1: a key being retired
        Sealer retiring = new Sealer(KeyList.parse(ConfigProvider.getConfig().getValue("fieldlaw.privacy.keys", String.class)), "test2");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update enforcement_case set party_name = ? where id = ?")) {
            s.setString(1, retiring.seal("改名后的当事人"));
            s.setObject(2, caseId);
            s.executeUpdate();
        }
        assertTrue(column("enforcement_case", "party_name", caseId).startsWith("sealed:v1:test2:"));
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200).body("party.name", equalTo("改名后的当事人"));

        resealing.run();

        assertTrue(column("enforcement_case", "party_name", caseId).startsWith("sealed:v1:test1:"), "sealed again by the active key");
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200).body("party.name", equalTo("改名后的当事人"));
    }

    private static Map<String, Object> op(String kind, UUID target, Long baseVersion, Object body) {
        Map<String, Object> op = new HashMap<>();
        op.put("id", UUID.randomUUID().toString());
        op.put("kind", kind);
        op.put("targetId", target.toString());
        op.put("baseVersion", baseVersion);
        op.put("body", body);
        return op;
    }

    /** Every text column of every table (arrays as text) holding {@code needle}, as "table.column". */
    private List<String> columnsHolding(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = current_schema() and table_name <> 'flyway_schema_history'
                      and (data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or udt_name in ('_text', '_varchar'))
                      and table_name in (select table_name from information_schema.tables
                                         where table_schema = current_schema() and table_type = 'BASE TABLE')""")) {
                while (r.next()) {
                    columns.add(new String[] { r.getString(1), r.getString(2) });
                }
            }
            for (String[] col : columns) {
                try (PreparedStatement p = c.prepareStatement(
                        "select 1 from " + col[0] + " where strpos(" + col[1] + "::text, ?) > 0 limit 1")) {
                    p.setString(1, needle);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            found.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Puts the opened value back in each column of the rows, with the resealing flag that lets the record's rule pass it. */
    private void unsealed(String table, String idColumn, UUID id, String... columns) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement flag = c.createStatement()) {
                flag.execute("select set_config('fieldlaw.resealing', 'on', true)");
            }
            for (String column : columns) {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("select ctid::text, " + column + " from " + table + " where " + idColumn + " = ?")) {
                    s.setObject(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(new Object[] { r.getString(1), r.getString(2) });
                        }
                    }
                }
                for (Object[] row : rows) {
                    try (PreparedStatement u = c.prepareStatement("update " + table + " set " + column + " = ? where ctid = ?::tid")) {
                        u.setString(1, personalData.open((String) row[1]));
                        u.setString(2, (String) row[0]);
                        u.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }

    private String column(String table, String column, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private long changesOf(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from change_log where entity_id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Earlier cases of the violation before tomorrow, as an assessment would count them, once this replica has heard
     * the database's notices of the changes just made (its cache may hold the party from before them until then).
     */
    private int earlierCases(String party, UUID decidedCase) throws SQLException {
        String field = fieldOf(decidedCase);
        long deadline = System.currentTimeMillis() + 5_000;
        PartyHistory h;
        while ((h = histories.historyOf(party, "JM-CG-001", field, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1))).earlierCasesOfThisViolation() == 0
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(h.earlierCasesOfThisViolation(), histories.countFromDatabase(party, "JM-CG-001", field, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1),
                UUID.randomUUID()).earlierCasesOfThisViolation(), "the database's count agrees");
        return h.earlierCasesOfThisViolation();
    }

    private String fieldOf(UUID caseId) throws SQLException {
        return column("enforcement_case", "field", caseId);
    }
}
