package org.fieldlaw.patrols;

import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldlaw.documents.SignatureCheck;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A site's orders as documents (城乡规划法 Arts 40–41, 64–65, 68): the stop notice from the stop order, the orders
 * to correct or to demolish by their deadline, each numbered in its own gap-free series, signed, on the site's
 * record, and served like a case's documents.
 */
@QuarkusTest
class SiteDocumentsTest {

    private static final String SITES = "/api/v1/sites/";
    private static final AtomicInteger SPOT = new AtomicInteger();

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void fontAndBaselines() {
        org.fieldlaw.testing.Fonts.requireOrSkip();
        bureaus.ensureSampleBaselines();
    }

    private static String site(String planningArea) {
        int n = SPOT.incrementAndGet();
        Map<String, Object> r = new HashMap<>();
        r.put("siteId", UUID.randomUUID().toString());
        r.put("visitId", UUID.randomUUID().toString());
        r.put("placeCode", AgencyFixture.BAISHA);
        r.put("address", "白沙街道某村 " + n + " 号（文书测试）");
        r.put("planningArea", planningArea);
        r.put("visitedAt", "2026-11-02T09:30:00+08:00");
        r.put("point", Map.of("latitude", 21.50 + n * 0.02, "longitude", 112.40));
        r.put("observation", Map.of("kind", "ADDED_FLOORS", "floors", 3, "floorArea", "180", "constructionInProgress", true, "permitStatus", "NONE"));
        r.put("partyName", "梁某某");
        return officer().body(r).post(SITES + "reports").then().statusCode(201).extract().path("site.id");
    }

    private static void status(String site, String status, String deadline) {
        String etag = officer().get(SITES + site).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (deadline != null) {
            body.put("orderDeadline", deadline);
        }
        officer().header("If-Match", etag).body(body).put(SITES + site + "/status").then().statusCode(200);
    }

    private static String text(byte[] pdf, String name) throws Exception {
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static io.restassured.response.ValidatableResponse issue(String site, String kind) {
        return officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", kind)).post(SITES + site + "/documents").then();
    }

    @Test
    void theStopNoticeOrdersTheBuildingStoppedUnderArticle64AndWarnsOfArticle68() throws Exception {
        String site = site("URBAN_OR_TOWN");
        issue(site, "stop-construction-notice").statusCode(409).body("type", equalTo("/problems/procedure-refused"));
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        supervisor().get(SITES + site + "/documents").then().statusCode(200).body("available", equalTo(List.of("stop-construction-notice")));
        String preview = text(supervisor().get(SITES + site + "/document-previews/stop-construction-notice").then().statusCode(200)
                .extract().asByteArray(), "stop-construction-notice-preview");
        assertTrue(preview.contains("（出具时编号）"), "a preview has no number yet");
        String id = issue(site, "stop-construction-notice").statusCode(201).body("number", matchesPattern(".+停〔\\d{4}〕\\d+号"))
                .extract().path("id");
        String number = officer().get(SITES + site + "/documents/" + id).then().extract().path("number");
        byte[] pdf = officer().get(SITES + site + "/documents/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        String text = text(pdf, "stop-construction-notice");
        assertTrue(text.contains("责令停止建设通知书") && text.contains(number), "the title and its own number");
        assertTrue(text.contains("梁某某") && text.contains("加建楼层") && text.contains("180平方米") && text.contains("正在施工"),
                "the party and what the visit saw");
        assertTrue(text.contains("未取得建设工程规划许可证") && text.contains("第四十条") && text.contains("第六十四条"), "Arts 40 and 64 in a town planning area");
        assertTrue(text.contains("立即停止建设") && text.contains("第六十八条") && text.contains("查封施工现场"), "the order and Art 68");
        assertTrue(text.contains("六十日内向蓬江区人民政府申请行政复议"), "the remedies");
        assertTrue(SignatureCheck.of(pdf).valid(), "signed");
        officer().get(SITES + site + "/record").then().body("entries.action", hasItem("DOCUMENT_ISSUED"));
    }

    @Test
    void ordersWithADeadlineSayCorrectOrDemolishByTheDayAndEachSeriesCountsOnItsOwn() throws Exception {
        String village = site("TOWNSHIP_OR_VILLAGE");
        status(village, "CONFIRMED_ILLEGAL", null);
        status(village, "CORRECTION_ORDERED", "2026-12-31");
        String first = issue(village, "correction-order").statusCode(201).body("title", equalTo("责令限期改正通知书"))
                .body("number", containsString("改〔")).extract().path("number");
        String text = text(supervisor().get(SITES + village + "/document-previews/correction-order").then().statusCode(200).extract()
                .asByteArray(), "correction-order");
        // (PDFBox reads a no-wrap span out of its line: the day and the words around it are checked apart)
        assertTrue(text.contains("乡村建设规划许可证") && text.contains("第四十一条") && text.contains("第六十五条"), "Arts 41 and 65 in a village");
        assertTrue(text.contains("2026年12月31日") && text.contains("前改正") && text.contains("可以拆除"), "the deadline, and Art 65's demolition");

        String urban = site("URBAN_OR_TOWN");
        status(urban, "CONFIRMED_ILLEGAL", null);
        status(urban, "CORRECTION_ORDERED", "2026-12-31");
        String second = issue(urban, "correction-order").statusCode(201).extract().path("number");
        assertNotEquals(first, second, "numbers are not reused within a series");
        status(urban, "DEMOLITION_ORDERED", "2027-01-31");
        issue(urban, "correction-order").statusCode(409);
        String demolition = issue(urban, "demolition-order").statusCode(201).body("number", containsString("拆〔")).extract().path("id");
        String d = text(officer().get(SITES + urban + "/documents/" + demolition + "/pdf").then().statusCode(200).extract().asByteArray(),
                "demolition-order");
        assertTrue(d.contains("责令限期拆除通知书") && d.contains("2027年1月31日") && d.contains("拆除上述违法建设") && d.contains("第六十八条"), "demolish by the day, Art 68");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON", "servedOn", today, "recipient", "梁某某"))
                .post(SITES + urban + "/documents/" + demolition + "/service").then().statusCode(201).body("service.methodName", equalTo("直接送达"));
    }

    @Test
    void whoMayIssueAndReadASitesOrdersAndBadRequests() {
        String site = site("URBAN_OR_TOWN");
        status(site, "CONFIRMED_ILLEGAL", null);
        status(site, "STOP_ORDER_ISSUED", null);
        as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).body(Map.of("id", UUID.randomUUID().toString(), "kind", "stop-construction-notice"))
                .post(SITES + site + "/documents").then().statusCode(403);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).body(Map.of("id", UUID.randomUUID().toString(), "kind", "stop-construction-notice"))
                .post(SITES + site + "/documents").then().statusCode(404);
        as(AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(SITES + site + "/documents").then().statusCode(403);
        RestAssured.given().get(SITES + site + "/documents").then().statusCode(401);
        issue(site, "love-letter").statusCode(400).body("violations.field", hasItem("kind"));
        officer().body(Map.of("kind", "stop-construction-notice")).post(SITES + site + "/documents").then().statusCode(400);
        supervisor().get(SITES + site + "/documents").then().body("issued.size()", equalTo(0));
        String id = issue(site, "stop-construction-notice").statusCode(201).extract().path("id");
        as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get(SITES + site + "/documents/" + id + "/pdf").then().statusCode(200);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(SITES + site + "/documents/" + id + "/pdf").then().statusCode(404);
    }
}
