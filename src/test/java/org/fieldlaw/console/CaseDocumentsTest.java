package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's documents drawn from its record. The penalty decision (行政处罚决定书, APL Art 59): the party in
 * full, the fine in figures and capitals, the provisions, the payment period and the remedies, the officers'
 * certificates; the same case state gives the same bytes. The prior notice (事先告知书, Arts 44–45, 63–64):
 * the proposed penalty and the rights to state, defend and, where it applies, ask for a hearing.
 */
@QuarkusTest
class CaseDocumentsTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void fontAndBaselines() {
        org.fieldlaw.testing.Fonts.requireOrSkip();
        bureaus.ensureSampleBaselines();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void theDecisionCarriesThePartyTheFineInBothFormsTheProvisionsThePaymentAndTheRemedies() throws Exception {
        String party = CaseApi.newParty();
        UUID id = CaseApi.decided(party, 130);
        String number = CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        String casePage = supervisor.get("/console/cases/" + id).body();
        assertTrue(casePage.contains("href=\"/console/cases/" + id + "/documents/penalty-decision\""), "the case page links the decision");
        assertTrue(!casePage.contains("/documents/prior-notice"), "the notice was waived in writing: no notice document");
        HttpResponse<byte[]> answer = supervisor.download("/console/cases/" + id + "/documents/penalty-decision");
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        byte[] pdf = answer.body();
        Path out = Path.of("target", "documents");
        Files.createDirectories(out);
        Files.write(out.resolve("penalty-decision.pdf"), pdf); // to look at: pdftoppm -png
        String text = text(pdf);
        assertTrue(text.contains("行政处罚决定书") && text.contains(number), "the title and the number derived from the case's");
        assertTrue(text.contains("张三丰") && text.contains(party), "the party in full, with the identifier: the decision is served on the party");
        assertTrue(text.contains("罚款人民币130元") && text.contains("壹佰叁拾元整"), "the fine in figures and in capitals");
        assertTrue(text.contains("占用城市道路"), "the violation by name");
        assertTrue(text.contains("违反了") && text.contains("依据"), "the provisions breached and applied");
        assertTrue(text.contains("十五日内") && text.contains("百分之三"), "payment within 15 days, the late surcharge (Arts 67, 72)");
        assertTrue(text.contains("六十日内向蓬江区人民政府申请行政复议") && text.contains("六个月内"), "reconsideration at the county government, litigation");
        assertTrue(text.contains("执法证号"), "the officers' certificate numbers (Art 42)");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertTrue(text.contains(today.substring(0, 4) + "年"), "dated");
        assertArrayEquals(pdf, supervisor.download("/console/cases/" + id + "/documents/penalty-decision").body(),
                "the same case state renders to the same bytes");
    }

    @Test
    void noDecisionDocumentBeforeTheDecisionNorForAnotherJurisdiction() throws Exception {
        UUID open = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        assertTrue(!supervisor.get("/console/cases/" + open).body().contains("/documents/penalty-decision"), "no link before the decision");
        HttpResponse<String> early = supervisor.get("/console/cases/" + open + "/documents/penalty-decision");
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("尚未作出行政处罚决定"), early.body());
        UUID decided = CaseApi.decided(CaseApi.newParty(), 120);
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertEquals(404, encheng.get("/console/cases/" + decided + "/documents/penalty-decision").statusCode(), "another jurisdiction's case");
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)
                .get("/console/cases/" + decided + "/documents/penalty-decision").statusCode(), "not the administrator's");
        assertEquals(404, supervisor.get("/console/cases/" + UUID.randomUUID() + "/documents/penalty-decision").statusCode());
    }

    /** A vending case notified of a proposed fine (with reasons and approval when outside 100–140), not yet answered. */
    private static UUID notified(int fine) {
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        CaseApi.step(id, "FILED").statusCode(200);
        CaseApi.step(id, "INVESTIGATING").statusCode(200);
        boolean outside = fine < 100 || fine > 140;
        CaseApi.step(CaseApi.officer(), id, outside ? java.util.Map.of("to", "PROPOSED", "proposedFine", fine, "deviationReasons", "情节特殊")
                : java.util.Map.of("to", "PROPOSED", "proposedFine", fine)).statusCode(200);
        if (outside) {
            CaseApi.event(CaseApi.supervisor(), id, java.util.Map.of("kind", "DEVIATION_APPROVAL")).statusCode(200);
        }
        CaseApi.step(id, "NOTIFIED").statusCode(200);
        return id;
    }

    @Test
    void thePriorNoticeCarriesTheProposedPenaltyAndTheRightsWithTheirLastDays() throws Exception {
        UUID id = notified(130);
        String number = CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        String casePage = supervisor.get("/console/cases/" + id).body();
        assertTrue(casePage.contains("/documents/prior-notice") && !casePage.contains("/documents/penalty-decision"), "the notice, no decision yet");
        HttpResponse<byte[]> answer = supervisor.download("/console/cases/" + id + "/documents/prior-notice");
        assertEquals(200, answer.statusCode());
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "prior-notice.pdf"), answer.body());
        String text = text(answer.body());
        String noticeNumber = number.replace("〔", "告〔");
        assertTrue(text.contains("行政处罚事先告知书") && text.contains(noticeNumber), "its own number, marked 告: " + noticeNumber);
        assertTrue(text.contains("罚款人民币130元") && text.contains("壹佰叁拾元整"), "the proposed fine in both forms");
        assertTrue(text.contains("陈述和申辩") && text.contains("前向本机关提出"), "the right to state and defend, with its last day");
        assertTrue(text.contains("不因") && text.contains("更重的处罚"), "no heavier penalty for defending (Art 45)");
        assertTrue(!text.contains("听证"), "130 yuan is far below a hearing: no hearing paragraph");
        String large = text(supervisor.download("/console/cases/" + notified(6000) + "/documents/prior-notice").body());
        assertTrue(large.contains("有权要求举行听证") && large.contains("五个工作日内"), "6,000 yuan for a person reaches a hearing (Art 63)");
        assertTrue(large.contains("陆仟元整"), large);
        assertEquals(404, supervisor.get("/console/cases/" + id + "/documents/no-such-kind").statusCode());
    }

    @Test
    void theOnTheSpotDecisionPrintsOnA4AndOnThePortablePrintersRolls() throws Exception {
        UUID id = CaseApi.create(CaseApi.with(CaseApi.vending(CaseApi.newParty()), "procedure", "ON_THE_SPOT"));
        CaseApi.step(CaseApi.officer(), id, java.util.Map.of("to", "DECIDED_ON_THE_SPOT", "proposedFine", 120)).statusCode(200);
        ConsoleBrowser officer = ConsoleBrowser.signIn(provider, base, AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        String casePage = officer.get("/console/cases/" + id).body();
        assertTrue(casePage.contains("/documents/on-the-spot-decision?paper=80") && !casePage.contains("/documents/penalty-decision"),
                "the on-the-spot decision, with the roll widths; no general-procedure decision");
        Files.createDirectories(Path.of("target", "documents"));
        for (String paper : new String[] { "a4", "80", "58" }) {
            HttpResponse<byte[]> answer = officer.download("/console/cases/" + id + "/documents/on-the-spot-decision?paper=" + paper);
            assertEquals(200, answer.statusCode(), paper);
            Files.write(Path.of("target", "documents", "on-the-spot-decision-" + paper + ".pdf"), answer.body());
            String text = text(answer.body());
            assertTrue(text.contains("当场行政处罚决定书") && text.contains("壹佰贰拾元整") && text.contains("第五十一条"), paper + ": " + text);
            assertTrue(text.contains("十五日内") && text.contains("六十日内"), "payment and remedies on every paper");
            try (PDDocument doc = Loader.loadPDF(answer.body())) {
                float widthMm = doc.getPage(0).getMediaBox().getWidth() / 72f * 25.4f;
                assertEquals("a4".equals(paper) ? 210 : Integer.parseInt(paper), Math.round(widthMm), "the paper's width");
                if (!"a4".equals(paper)) {
                    assertEquals(1, doc.getNumberOfPages(), "a roll is one long page");
                }
            }
        }
        assertEquals(400, officer.get("/console/cases/" + id + "/documents/on-the-spot-decision?paper=76").statusCode(), "no such roll");
        UUID general = CaseApi.decided(CaseApi.newParty(), 120);
        assertEquals(400, officer.get("/console/cases/" + general + "/documents/penalty-decision?paper=80").statusCode(),
                "the general procedure's decision is an office document, on A4");
        assertEquals(409, officer.get("/console/cases/" + general + "/documents/on-the-spot-decision").statusCode());
    }

    @Test
    void aDecisionNotToPenaliseSaysWhyUnderWhichArticleAndTheEducationGiven() throws Exception {
        UUID id = CaseApi.noPenalty();
        String number = CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        HttpResponse<byte[]> answer = supervisor.download("/console/cases/" + id + "/documents/no-penalty-decision");
        assertEquals(200, answer.statusCode());
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "no-penalty-decision.pdf"), answer.body());
        String text = text(answer.body());
        assertTrue(text.contains("不予行政处罚决定书") && text.contains(number.replace("〔", "不罚〔")), "its own number, marked 不罚");
        assertTrue(text.contains("摊位系他人所设") && text.contains("第五十七条第一款第（三）项"), "the finding, and not established: Art 57(1)(3)");
        assertTrue(text.contains("已宣讲市容管理规定"), "the education given (Art 33 para 3)");
        assertTrue(text.contains("六十日内") && text.contains("六个月内"), "the remedies");
        assertEquals(409, supervisor.get("/console/cases/" + id + "/documents/penalty-decision").statusCode(), "no penalty, no penalty decision");
    }

    @Test
    void theCasePageListsTheIssuedDocumentsWithTheirServiceAndOpensThemAndTheCaseFile() throws Exception {
        UUID id = CaseApi.decided(CaseApi.newParty(), 120);
        String doc = CaseApi.officer().body(java.util.Map.of("id", UUID.randomUUID().toString(), "kind", "penalty-decision"))
                .post(CaseApi.CASES + id + "/documents").then().statusCode(201).extract().path("id");
        CaseApi.officer().body(java.util.Map.of("id", UUID.randomUUID().toString(), "method", "IN_PERSON",
                "servedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "recipient", "张三丰"))
                .post(CaseApi.CASES + id + "/documents/" + doc + "/service").then().statusCode(201);
        ConsoleBrowser supervisor = ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR);
        String page = supervisor.get("/console/cases/" + id).body();
        assertTrue(page.contains("href=\"/console/cases/" + id + "/issued/" + doc + "\""), "the issued decision is linked");
        assertTrue(page.contains("直接送达，张三丰签收"), "with its service");
        HttpResponse<byte[]> issued = supervisor.download("/console/cases/" + id + "/issued/" + doc);
        assertEquals(200, issued.statusCode());
        assertTrue(org.fieldlaw.documents.SignatureCheck.of(issued.body()).valid(), "the signed document as issued");
        HttpResponse<byte[]> dossier = supervisor.download("/console/cases/" + id + "/dossier");
        assertEquals(200, dossier.statusCode());
        assertTrue(text(dossier.body()).contains("卷内目录"), "the case file with its contents");
        assertEquals(200, supervisor.download("/console/cases/" + id + "/dossier/archive").statusCode());
        ConsoleBrowser encheng = ConsoleBrowser.signIn(provider, base, AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR);
        assertEquals(404, encheng.get("/console/cases/" + id + "/issued/" + doc).statusCode(), "another jurisdiction's document");
        assertEquals(404, encheng.get("/console/cases/" + id + "/dossier").statusCode(), "another jurisdiction's case file");
        assertEquals(403, ConsoleBrowser.signIn(provider, base, AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN)
                .get("/console/cases/" + id + "/dossier").statusCode(), "not the administrator's");
        assertEquals(404, supervisor.get("/console/cases/" + id + "/issued/" + UUID.randomUUID()).statusCode());
    }
}
