package org.fieldlaw.privacy;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.SiteReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every reveal of a party's personal data is recorded, and an auditor can list who saw which party's data, when and
 * why (issue 16): a case shown in full, a case file compiled, a site's party shown in full.
 */
@QuarkusTest
class PersonalDataViewsTest {

    static final String SEARCH = "/api/v1/personal-data-views/search";

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    static RequestSpecification auditor() {
        return as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR);
    }

    /** A search posted as an auditor's client would: the ID number in the body, never the address. */
    static io.restassured.response.Response search(RequestSpecification as, Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return as.contentType("application/json").body(body).post(SEARCH);
    }

    @Test
    void theAuditorListsWhoSawAPartysDataWhenAndWhyAcrossCasesAndSites() {
        String party = newParty();
        UUID caseId = create(vending(party));
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200).body("party.identifier", equalTo(party));
        as(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR).get(CASES + caseId + "/dossier").then().statusCode(200);
        Map<String, Object> report = SiteReports.withParty("白沙街道某村（查看记录测试）", "欧阳建房", party);
        officer().body(report).post("/api/v1/sites/reports").then().statusCode(201);
        String site = (String) report.get("siteId");
        as(AgencyFixture.BAISHA_OFFICER, Roles.OFFICER).get("/api/v1/sites/" + site + "?reveal=party").then().statusCode(200)
                .body("partyName", equalTo("欧阳建房")).body("partyIdentifier", equalTo(party)).body("partyRedacted", equalTo(false));

        search(auditor(), "party", party).then().statusCode(200)
                .body("items", hasSize(3))
                // newest first
                .body("items.owner.kind", contains("SITE", "CASE", "CASE"))
                .body("items.owner.id", contains(site, caseId.toString(), caseId.toString()))
                .body("items.viewer.name", contains(notNullValue(), notNullValue(), notNullValue()))
                .body("items[0].owner.placeCode", equalTo(AgencyFixture.BAISHA))
                .body("items[1].reason", containsString("案卷"))
                .body("items[2].fields", contains("party"))
                .body("items[0].viewedAt", notNullValue())
                // the identifier asked with is never echoed
                .body(not(containsString(party)));
        search(auditor(), "party", party.toLowerCase()).then().statusCode(200).body("items", hasSize(3));
        search(auditor(), "owner", site).then().statusCode(200).body("items", hasSize(1));
        search(auditor(), "party", party, "viewer", AgencyFixture.CASE_OFFICER_A_ID.toString()).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].owner.kind", equalTo("CASE"));
        search(auditor(), "party", party, "limit", 2).then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue());
        String next = search(auditor(), "party", party, "limit", 2).then().extract().path("nextCursor");
        search(auditor(), "party", party, "limit", 2, "cursor", next).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].owner.kind", equalTo("CASE")).body("nextCursor", nullValue());
        search(auditor(), "party", party, "to", "2020-01-01").then().statusCode(200).body("items", empty());
    }

    @Test
    void aSitesPartyIsMaskedUnlessRevealedAndOnlyARevealIsRecorded() {
        String party = newParty();
        Map<String, Object> report = SiteReports.withParty("白沙街道某村（查看记录测试）", "欧阳建房", party);
        officer().body(report).post("/api/v1/sites/reports").then().statusCode(201)
                .body("site.partyName", equalTo("欧***")).body("site.partyRedacted", equalTo(true))
                .body("site.partyIdentifier", equalTo("**************" + party.substring(14)));
        String site = (String) report.get("siteId");
        officer().get("/api/v1/sites/" + site).then().statusCode(200).body("partyName", equalTo("欧***"));
        search(auditor(), "owner", site).then().statusCode(200).body("items", empty());
        officer().get("/api/v1/sites/" + site + "/record").then().statusCode(200)
                .body("entries.action", not(org.hamcrest.Matchers.hasItem("PERSONAL_DATA_VIEWED")));

        officer().get("/api/v1/sites/" + site + "?reveal=party").then().statusCode(200).body("partyName", equalTo("欧阳建房"));
        officer().get("/api/v1/sites/" + site + "/record").then().statusCode(200)
                .body("entries.action", org.hamcrest.Matchers.hasItem("PERSONAL_DATA_VIEWED"));
        search(auditor(), "owner", site).then().statusCode(200).body("items", hasSize(1));
        officer().get("/api/v1/sites/" + site + "?reveal=everything").then().statusCode(400).body("violations[0].field", equalTo("reveal"));
        search(auditor(), "owner", site).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void onlyAuditorsListViewsAndOnlyOfPlacesInTheirJurisdiction() {
        String party = newParty();
        UUID caseId = create(vending(party));
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200);

        search(given(), "party", party).then().statusCode(401);
        search(officer(), "party", party).then().statusCode(403);
        search(as(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR), "party", party).then().statusCode(403);
        // an auditor of 恩平 does not see what was seen in 白沙
        search(as(AgencyFixture.ENCHENG_OFFICER, Roles.AUDITOR), "party", party).then().statusCode(200).body("items", empty());
        search(auditor(), "party", party).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void badSearchesAreClearProblemsNamingTheField() {
        List<Map.Entry<String, Object>> bad = List.of(Map.entry("party", "44070319'; drop table x--"), Map.entry("party", "X".repeat(65)),
                Map.entry("viewer", "nobody"), Map.entry("owner", 123), Map.entry("from", "2026-13-01"), Map.entry("to", "yesterday"),
                Map.entry("cursor", "%%%"), Map.entry("limit", 0), Map.entry("limit", 201), Map.entry("limit", "many"));
        for (Map.Entry<String, Object> b : bad) {
            search(auditor(), b.getKey(), b.getValue()).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.hasItem(containsString(b.getKey())));
        }
        search(auditor(), "from", "2026-11-02", "to", "2026-11-01").then().statusCode(400).body("violations[0].field", equalTo("to"));
        auditor().contentType("application/json").body("{\"party\": ").post(SEARCH).then().statusCode(400)
                .contentType("application/problem+json");
        auditor().contentType("application/json").post(SEARCH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theListOfWhoSawWhatCannotBeChangedOrEmptied() throws SQLException {
        UUID caseId = create(vending(newParty()));
        officer().get(CASES + caseId + "?reveal=party").then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.execute("update personal_data_view set viewer_name = 'x' where owner_id = '" + caseId + "'"));
            assertEquals(true, update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> s.execute("delete from personal_data_view where owner_id = '" + caseId + "'"));
            assertThrows(SQLException.class, () -> s.execute("truncate personal_data_view"));
        }
    }
}
