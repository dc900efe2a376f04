package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.event;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.step;
import static org.fieldlaw.testing.CaseApi.supervisor;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.fieldlaw.testing.CaseApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents of the procedure's other steps, read back from the PDF: the filing approval (立案审批表, APL Art 54),
 * the hearing notice (听证通知书, Art 64), the proof of service (送达回证) of a served document, and the payment
 * reminder (催告书, 行政强制法 Arts 35, 54, with the surcharge of APL Art 72), each from its step and not before.
 */
@QuarkusTest
class ProcedureDocumentsTest {

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void fontAndBaselines() {
        org.fieldlaw.testing.Fonts.requireOrSkip();
        bureaus.ensureSampleBaselines();
    }

    private static String preview(UUID caseId, String kind, String name) throws Exception {
        byte[] pdf = supervisor().get(CASES + caseId + "/document-previews/" + kind).then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static String number(UUID id) {
        return supervisor().get(CASES + id).then().extract().path("caseNumber");
    }

    @Test
    void theFilingApprovalNamesTheCaseItsSourceTheOfficersAndWhoApproved() throws Exception {
        UUID id = create(vending(newParty()));
        supervisor().get(CASES + id + "/document-previews/filing-approval").then().statusCode(409);
        step(officer(), id, Map.of("to", "FILED")).statusCode(200);
        String text = preview(id, "filing-approval", "filing-approval");
        String number = number(id);
        assertTrue(text.contains("立案审批表") && text.contains(number.replace("〔", "立〔")), "its number marked 立");
        assertTrue(text.contains("案号" + number), "the case number");
        assertTrue(text.contains("巡查发现"), "the source");
        assertTrue(text.contains("张三丰") && text.contains("占用城市道路"), "party and violation");
        assertTrue(text.contains("第五十四条") && text.contains("建议立案调查") && text.contains("同意立案"), "Art 54, the proposal and the approval");
        assertTrue(text.contains("负责人：甲执法"), "who filed it, from the record");
        assertTrue(text.contains("执法证号"), "the officers with their certificates");
    }

    @Test
    void theHearingNoticeGivesTheDayTheChairAndTheRightsAtTheHearing() throws Exception {
        UUID id = create(with(with(vending(newParty()), "violationCode", "JM-CG-009"), "actDate", "2026-10-01"));
        step(officer(), id, Map.of("to", "FILED", "on", "2026-10-12")).statusCode(200);
        step(officer(), id, Map.of("to", "INVESTIGATING", "on", "2026-10-12")).statusCode(200);
        step(officer(), id, new HashMap<>(Map.of("to", "PROPOSED", "proposedFine", 12000, "on", "2026-10-19"))).statusCode(200);
        step(officer(), id, Map.of("to", "NOTIFIED", "on", "2026-10-19")).statusCode(200);
        event(officer(), id, Map.of("kind", "HEARING_REQUEST", "on", "2026-10-20")).statusCode(200);
        supervisor().get(CASES + id + "/document-previews/hearing-notice").then().statusCode(409);
        event(officer(), id, Map.of("kind", "HEARING_NOTICE", "on", "2026-10-22", "to", "2026-11-02")).statusCode(200);
        String text = preview(id, "hearing-notice", "hearing-notice");
        assertTrue(text.contains("听证通知书") && text.contains(number(id).replace("〔", "听〔")), "its number marked 听");
        assertTrue(text.contains("2026年10月20日提出听证申请") && text.contains("决定于2026年11月2日"), "the day asked and the day set");
        assertTrue(text.contains(number(id).replace("〔", "告〔")), "the prior notice it answers");
        assertTrue(text.contains("申请回避") && text.contains("一至二人代理") && text.contains("视为放弃听证权利") && text.contains("公开举行"),
                "the rights and duties of Art 64");
        assertTrue(text.contains("2026年10月22日"), "dated the day the party was told");
    }

    @Test
    void aProofOfServiceIsIssuedForAServedDocumentAndNamesItsMethodDayAndRecipient() throws Exception {
        UUID id = org.fieldlaw.testing.CaseApi.investigatingSince2November();
        org.fieldlaw.testing.CaseApi.notifiedOn3November(id);
        UUID notice = UUID.randomUUID();
        officer().body(Map.of("id", notice.toString(), "kind", "prior-notice")).post(CASES + id + "/documents").then().statusCode(201);
        officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", "proof-of-service")).post(CASES + id + "/documents").then()
                .statusCode(400).body("violations.field", hasItem("subject"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", "proof-of-service", "subject", notice.toString()))
                .post(CASES + id + "/documents").then().statusCode(409).body("detail", containsString("尚未记录送达"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", "prior-notice", "subject", notice.toString()))
                .post(CASES + id + "/documents").then().statusCode(400);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        officer().body(Map.of("id", UUID.randomUUID().toString(), "method", "LEFT_AT_ADDRESS", "servedOn", today, "recipient", "张三丰",
                "place", "白沙大道西 1 号", "witness", "村委会干部李四")).post(CASES + id + "/documents/" + notice + "/service").then().statusCode(201);
        UUID proof = UUID.randomUUID();
        officer().body(Map.of("id", proof.toString(), "kind", "proof-of-service", "subject", notice.toString()))
                .post(CASES + id + "/documents").then().statusCode(201).body("subject", equalTo(notice.toString()));
        byte[] pdf = supervisor().get(CASES + id + "/documents/" + proof + "/pdf").then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "proof-of-service.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("送达回证") && text.contains("《行政处罚事先告知书》") && text.contains(number(id).replace("〔", "告〔")),
                "names the served document");
        assertTrue(text.contains("留置送达") && text.contains("村委会干部李四") && text.contains("第八十九条"), "the method, the witness, the rule");
        assertTrue(text.contains("白沙大道西1号") && text.contains("甲执法"), "the place and who served it");
        supervisor().get(CASES + id + "/documents").then().body("available.kind", hasItem("proof-of-service"));
    }

    @Test
    void thePaymentReminderComesOnlyAfterThePeriodAndStatesTheSurchargeAndTheTenDays() throws Exception {
        // decided 08-17, served 08-18: payment due 09-02 (15 days, Civil Code Art 201)
        UUID id = create(with(vending(newParty()), "actDate", "2026-08-01"));
        step(officer(), id, Map.of("to", "FILED", "on", "2026-08-03")).statusCode(200);
        step(officer(), id, Map.of("to", "INVESTIGATING", "on", "2026-08-03")).statusCode(200);
        step(officer(), id, Map.of("to", "PROPOSED", "proposedFine", 120, "on", "2026-08-04")).statusCode(200);
        step(officer(), id, Map.of("to", "NOTIFIED", "on", "2026-08-04")).statusCode(200);
        step(supervisor(), id, Map.of("to", "DECIDED", "on", "2026-08-17")).statusCode(200);
        supervisor().get(CASES + id + "/document-previews/payment-reminder").then().statusCode(409).body("detail", containsString("尚未送达"));
        step(officer(), id, Map.of("to", "SERVED", "on", "2026-08-18")).statusCode(200);
        String text = preview(id, "payment-reminder", "payment-reminder");
        assertTrue(text.contains("催告书") && text.contains(number(id).replace("〔", "催〔")), "its number marked 催");
        assertTrue(text.contains("罚款人民币120元") && text.contains("壹佰贰拾元整"), "the fine in both forms");
        assertTrue(text.contains("2026年9月2日届满"), "the payment period that ran out");
        assertTrue(text.contains("已加处罚款人民币120元"), "the surcharge, at 3% a day long since capped at the fine (Art 72)");
        assertTrue(text.contains("十日内") && text.contains("陈述和申辩") && text.contains("申请强制执行") && text.contains("第七十三条"),
                "ten days, the right to state and defend, the court, Art 73");
        supervisor().get(CASES + id + "/documents").then().body("available.kind", hasItem("payment-reminder"));

        UUID unpaidYet = create(vending(newParty()));
        step(unpaidYet, "FILED").statusCode(200);
        supervisor().get(CASES + unpaidYet + "/documents").then().body("available.kind", not(hasItem("payment-reminder")))
                .body("available.kind", hasItem("filing-approval"));
        officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", "payment-reminder")).post(CASES + unpaidYet + "/documents").then()
                .statusCode(409).body("type", equalTo("/problems/procedure-refused"));
    }
}
