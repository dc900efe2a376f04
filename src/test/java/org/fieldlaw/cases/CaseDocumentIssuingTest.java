package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.as;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.step;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.fieldlaw.testing.CaseApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldlaw.documents.SignatureCheck;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issuing a case's documents: each is signed (PAdES) for the issuing body, frozen in the evidence store, and
 * its number and SHA-256 go on the case's full-process record; the procedure's order holds (no decision before
 * its step, nor before the prior notice it follows: APL Art 62); a second one is a correction naming the first;
 * service (送达) is recorded per document.
 */
@QuarkusTest
class CaseDocumentIssuingTest {

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void fontAndBaselines() {
        org.fieldlaw.testing.Fonts.requireOrSkip();
        bureaus.ensureSampleBaselines();
    }

    /** A 120-yuan vending case, notified on 2026-11-03 (the notice not waived) and decided on 11-16 after the window closed. */
    private static UUID decidedAfterNotice() {
        UUID id = CaseApi.investigatingSince2November();
        CaseApi.notifiedOn3November(id);
        CaseApi.decidedOn16November(id);
        return id;
    }

    private static ValidatableResponse issue(io.restassured.specification.RequestSpecification as, UUID caseId, Map<String, Object> body) {
        return as.body(body).post(CASES + caseId + "/documents").then();
    }

    private static Map<String, Object> request(UUID id, String kind) {
        return Map.of("id", id.toString(), "kind", kind);
    }

    private static byte[] bytes(String path) {
        return supervisor().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void anIssuedDocumentIsSignedFrozenAndOnTheRecordAndBeginsWithItsRendering() throws Exception {
        UUID caseId = decidedAfterNotice();
        byte[] preview = bytes(CASES + caseId + "/document-previews/prior-notice");
        UUID noticeId = UUID.randomUUID();
        String sha = issue(officer(), caseId, request(noticeId, "prior-notice")).statusCode(201)
                .header("Location", containsString("/api/v1/cases/" + caseId + "/documents/" + noticeId))
                .body("kind", equalTo("prior-notice")).body("title", equalTo("行政处罚事先告知书"))
                .body("number", containsString("告〔")).body("paper", equalTo("a4")).body("issuedByName", equalTo("甲执法"))
                .extract().path("sha256");
        byte[] issued = bytes(CASES + caseId + "/documents/" + noticeId + "/pdf");
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "prior-notice-signed.pdf"), issued);
        assertEquals(sha, sha256(issued), "the PDF served is the one whose hash was recorded");
        assertArrayEquals(preview, Arrays.copyOf(issued, preview.length),
                "the signed file begins with the rendering of the same case state, byte for byte: what was issued can be re-rendered and compared");
        supervisor().get(CASES + caseId + "/documents/" + noticeId).then().statusCode(200).body("renderedSha256", equalTo(sha256(preview)));

        SignatureCheck.Result check = SignatureCheck.of(issued);
        assertTrue(check.valid(), "the PAdES signature verifies: " + check.problem());
        String body = check.signer().replaceAll(".*CN=([^,]+).*", "$1");
        assertTrue(text(preview).contains(body + "行政处罚事先告知书"), "signed for the body that issues it, " + body);
        supervisor().get(CASES + caseId + "/documents/" + noticeId).then().body("signedBy", containsString(body));

        officer().get(CASES + caseId + "/record").then().statusCode(200)
                .body("entries.action", hasItem("DOCUMENT_ISSUED"))
                .body("entries.find { it.action == 'DOCUMENT_ISSUED' }.detail.sha256", equalTo(sha))
                .body("entries.find { it.action == 'DOCUMENT_ISSUED' }.detail.number", containsString("告〔"));
        officer().post(CASES + caseId + "/record/verification").then().statusCode(200).body("intact", equalTo(true));

        // the same request again (a phone's retry) is answered with what was issued; the same id for another document is refused
        issue(officer(), caseId, request(noticeId, "prior-notice")).statusCode(200).body("sha256", equalTo(sha));
        issue(officer(), caseId, request(noticeId, "penalty-decision")).statusCode(409);
        supervisor().get(CASES + caseId + "/documents").then().statusCode(200).body("issued.size()", equalTo(1))
                .body("available.find { it.kind == 'prior-notice' }.issued", equalTo(true))
                // no phantom properties from "is"-named accessors (issuedAt read as the getter of "suedAt")
                .body("$", not(hasKey("sued"))).body("issued[0]", not(hasKey("suedAt"))).body("available[0]", not(hasKey("sued")));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("update issued_document set number = 'x' where id = '" + noticeId + "'"));
            assertTrue(refused.getMessage().contains("frozen"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.execute("delete from issued_document where id = '" + noticeId + "'"));
        }
    }

    @Test
    void aChangedByteBreaksTheSignatureForPdfsigAsForTheService() throws Exception {
        UUID caseId = decidedAfterNotice();
        UUID noticeId = UUID.randomUUID();
        issue(supervisor(), caseId, request(noticeId, "prior-notice")).statusCode(201);
        byte[] issued = bytes(CASES + caseId + "/documents/" + noticeId + "/pdf");
        byte[] tampered = issued.clone();
        int signedOn = lastIndexOf(tampered, "(D:20".getBytes()) + 5;
        tampered[signedOn] = (byte) (tampered[signedOn] == '9' ? '8' : tampered[signedOn] + 1); // the signing time, inside the signed range
        assertFalse(SignatureCheck.of(tampered).valid(), "one changed byte breaks the signature");
        byte[] appended = Arrays.copyOf(issued, issued.length + 9);
        System.arraycopy("\n%%EOF\n%%".getBytes(), 0, appended, issued.length, 9);
        assertFalse(SignatureCheck.of(appended).valid(), "bytes added after signing are not vouched for");

        File pdfsig = new File("/usr/bin/pdfsig");
        if (!pdfsig.canExecute() && Boolean.parseBoolean(System.getenv("FIELDLAW_FONT_REQUIRED"))) {
            throw new IllegalStateException("poppler's pdfsig is required here (apt-get install poppler-utils)");
        }
        if (pdfsig.canExecute()) {
            Path dir = Files.createDirectories(Path.of("target", "documents"));
            Path good = Files.write(dir.resolve("signed.pdf"), issued);
            Path bad = Files.write(dir.resolve("tampered.pdf"), tampered);
            String ok = run("pdfsig", good.toString());
            assertTrue(ok.contains("Signature Validation: Signature is Valid."), ok);
            assertTrue(ok.contains("ETSI.CAdES.detached"), "a PAdES signature: " + ok);
            String broken = run("pdfsig", bad.toString());
            assertFalse(broken.contains("Signature is Valid."), broken);
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "pdfsig finished");
        return new String(p.getInputStream().readAllBytes());
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void issuingFollowsTheProcedureNoDecisionBeforeItsStepNorBeforeTheNoticeItFollows() {
        UUID open = create(vending(newParty()));
        issue(officer(), open, request(UUID.randomUUID(), "penalty-decision")).statusCode(409)
                .body("type", equalTo("/problems/procedure-refused")).body("detail", containsString("尚未作出行政处罚决定"));
        issue(officer(), open, request(UUID.randomUUID(), "prior-notice")).statusCode(409);

        UUID caseId = decidedAfterNotice();
        UUID early = UUID.randomUUID();
        issue(officer(), caseId, request(early, "penalty-decision")).statusCode(409)
                .body("detail", containsString("第六十二条"));
        issue(officer(), caseId, request(UUID.randomUUID(), "prior-notice")).statusCode(201);
        issue(officer(), caseId, request(early, "penalty-decision")).statusCode(201).body("number", equalTo(
                supervisor().get(CASES + caseId).then().extract().path("caseNumber")));
        issue(officer(), caseId, request(UUID.randomUUID(), "no-penalty-decision")).statusCode(409);
    }

    @Test
    void aSecondDocumentOfAKindIsACorrectionThatNamesTheOneItReplaces() throws Exception {
        UUID caseId = decidedAfterNotice();
        UUID first = UUID.randomUUID();
        issue(officer(), caseId, request(first, "prior-notice")).statusCode(201);
        issue(officer(), caseId, request(UUID.randomUUID(), "prior-notice")).statusCode(409).body("detail", containsString("已出具"));
        issue(officer(), caseId, Map.of("id", UUID.randomUUID().toString(), "kind", "prior-notice", "replaces", UUID.randomUUID().toString()))
                .statusCode(409);
        UUID correction = UUID.randomUUID();
        issue(officer(), caseId, Map.of("id", correction.toString(), "kind", "prior-notice", "replaces", first.toString())).statusCode(201)
                .body("replaces", equalTo(first.toString()));
        supervisor().get(CASES + caseId + "/documents/" + first).then().statusCode(200).body("replacedBy", equalTo(correction.toString()));
        String number = supervisor().get(CASES + caseId + "/documents/" + first).then().extract().path("number");
        String text = text(bytes(CASES + caseId + "/documents/" + correction + "/pdf"));
        assertTrue(text.contains("本文书系对") && text.contains(number) && text.contains("的更正"), "the correction names the document it replaces");
        issue(officer(), caseId, Map.of("id", UUID.randomUUID().toString(), "kind", "prior-notice", "replaces", first.toString()))
                .statusCode(409).body("detail", containsString("现行有效"));
        officer().post(CASES + caseId + "/record/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void serviceIsRecordedPerDocumentWithItsMethodDayAndRecipient() {
        UUID caseId = decidedAfterNotice();
        UUID notice = UUID.randomUUID();
        issue(officer(), caseId, request(notice, "prior-notice")).statusCode(201);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String service = CASES + caseId + "/documents/" + notice + "/service";
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "LEFT_AT_ADDRESS", "servedOn", today, "recipient", "张三丰"))
                .post(service).then().statusCode(400).body("violations.field", hasItem("witness"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "ELECTRONIC", "servedOn", today, "recipient", "张三丰"))
                .post(service).then().statusCode(400).body("violations.field", hasItem("consentReference"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON", "servedOn", "2026-01-01", "recipient", "张三丰"))
                .post(service).then().statusCode(400).body("violations.field", hasItem("servedOn"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "BY_PIGEON", "servedOn", today, "recipient", "张三丰"))
                .post(service).then().statusCode(400);
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON", "servedOn", today)).post(service).then().statusCode(400);
        UUID served = UUID.randomUUID();
        Map<String, Object> body = Map.of("id", served.toString(), "method", "IN_PERSON", "servedOn", today, "recipient", "张三丰",
                "place", "白沙大道西 1 号");
        officer().body(body).post(service).then().statusCode(201).body("service.methodName", equalTo("直接送达"))
                .body("service.recipient", equalTo("张三丰")).body("service.servedOn", equalTo(today));
        officer().body(body).post(service).then().statusCode(200).body("service.id", equalTo(served.toString()));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "POST", "servedOn", today, "recipient", "李四"))
                .post(service).then().statusCode(409).body("detail", containsString("已于"));
        officer().get(CASES + caseId + "/record").then().body("entries.action", hasItem("DOCUMENT_SERVED"));
        supervisor().get(CASES + caseId + "/documents").then().body("issued[0].service.method", equalTo("IN_PERSON"));
    }

    @Test
    void whoMayIssueReadAndServe() {
        UUID caseId = decidedAfterNotice();
        UUID notice = UUID.randomUUID();
        issue(as(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER), caseId, request(UUID.randomUUID(), "prior-notice")).statusCode(403);
        issue(as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR), caseId, request(UUID.randomUUID(), "prior-notice")).statusCode(403);
        issue(as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER), caseId, request(UUID.randomUUID(), "prior-notice")).statusCode(404);
        RestAssured.given().contentType("application/json").body(request(UUID.randomUUID(), "prior-notice"))
                .post(CASES + caseId + "/documents").then().statusCode(401);
        supervisor().get(CASES + caseId + "/documents").then().body("issued.size()", equalTo(0));
        issue(officer(), caseId, request(notice, "prior-notice")).statusCode(201);
        for (var reader : List.of(as(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER), as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR))) {
            reader.get(CASES + caseId + "/documents/" + notice + "/pdf").then().statusCode(200).contentType("application/pdf");
        }
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(CASES + caseId + "/documents").then().statusCode(404);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(CASES + caseId + "/documents/" + notice + "/pdf").then().statusCode(404);
        as(AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(CASES + caseId + "/documents").then().statusCode(403);
        RestAssured.given().get(CASES + caseId + "/documents/" + notice + "/pdf").then().statusCode(401);
        as(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).body(Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON",
                "servedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "recipient", "张三丰"))
                .post(CASES + caseId + "/documents/" + notice + "/service").then().statusCode(403);
        supervisor().get(CASES + caseId + "/documents/" + UUID.randomUUID()).then().statusCode(404);
        UUID other = decidedAfterNotice();
        supervisor().get(CASES + other + "/documents/" + notice).then().statusCode(404).body("detail", containsString("文书"));
    }

    @Test
    void badRequestsAreClearAndWriteNothing() {
        UUID caseId = decidedAfterNotice();
        issue(officer(), caseId, Map.of("id", UUID.randomUUID().toString(), "kind", "love-letter")).statusCode(400)
                .body("violations.field", hasItem("kind"));
        issue(officer(), caseId, Map.of("id", UUID.randomUUID().toString(), "kind", "prior-notice", "paper", "a3")).statusCode(400)
                .body("violations.field", hasItem("paper"));
        issue(officer(), caseId, Map.of("id", UUID.randomUUID().toString(), "kind", "prior-notice", "paper", "58")).statusCode(400)
                .body("detail", containsString("A4"));
        issue(officer(), caseId, Map.of("kind", "prior-notice")).statusCode(400);
        issue(officer(), caseId, Map.of("id", "not-a-uuid", "kind", "prior-notice")).statusCode(400);
        officer().body("{\"id\":").post(CASES + caseId + "/documents").then().statusCode(400);
        officer().get(CASES + caseId + "/document-previews/love-letter").then().statusCode(400);
        supervisor().get(CASES + caseId + "/documents").then().statusCode(200).body("issued.size()", equalTo(0));
        officer().get(CASES + caseId + "/record").then().body("entries.action", org.hamcrest.Matchers.not(hasItem("DOCUMENT_ISSUED")));
    }

    @Test
    void thePhoneIssuesTheOnTheSpotDecisionItPrintedOfflineAndItsServiceWhenItSyncs() throws Exception {
        UUID caseId = create(with(vending(newParty()), "procedure", "ON_THE_SPOT"));
        step(officer(), caseId, Map.of("to", "DECIDED_ON_THE_SPOT", "proposedFine", 120)).statusCode(200);
        byte[] printed = bytes(CASES + caseId + "/document-previews/on-the-spot-decision?paper=58");
        UUID device = UUID.randomUUID();
        officer().body(Map.of("name", "执法终端 09", "platform", "HarmonyOS 4", "appVersion", "1.0.0")).put("/api/v1/sync/devices/" + device)
                .then().statusCode(201);
        UUID document = UUID.randomUUID();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> issueOp = Map.of("id", UUID.randomUUID().toString(), "kind", "CASE_DOCUMENT_ISSUE", "targetId", caseId.toString(),
                "body", Map.of("id", document.toString(), "kind", "on-the-spot-decision", "paper", "58"));
        Map<String, Object> serviceOp = Map.of("id", UUID.randomUUID().toString(), "kind", "CASE_DOCUMENT_SERVICE", "targetId", caseId.toString(),
                "body", Map.of("documentId", document.toString(), "service", Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON",
                        "servedOn", today, "recipient", "张三丰")));
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(issueOp, serviceOp))).post("/api/v1/sync/push").then()
                .statusCode(200).body("results[0].outcome", equalTo("APPLIED")).body("results[0].status", equalTo(201))
                .body("results[1].outcome", equalTo("APPLIED")).body("results[1].resource.service.methodName", equalTo("直接送达"));
        byte[] issued = bytes(CASES + caseId + "/documents/" + document + "/pdf");
        assertArrayEquals(printed, Arrays.copyOf(issued, printed.length), "the one of record is what the phone printed, now signed");
        // the same issue again under a new operation id (a reinstalled app): answered with the document already issued
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(Map.of("id", UUID.randomUUID().toString(),
                "kind", "CASE_DOCUMENT_ISSUE", "targetId", caseId.toString(), "body", Map.of("id", document.toString(),
                        "kind", "on-the-spot-decision", "paper", "58"))))).post("/api/v1/sync/push").then().statusCode(200)
                .body("results[0].outcome", equalTo("ALREADY_APPLIED"));
        officer().body(Map.of("deviceId", device.toString(), "operations", List.of(Map.of("id", UUID.randomUUID().toString(),
                "kind", "CASE_DOCUMENT_ISSUE", "targetId", caseId.toString(), "body", Map.of("kind", "on-the-spot-decision")))))
                .post("/api/v1/sync/push").then().statusCode(200).body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].status", equalTo(400));
    }
}
