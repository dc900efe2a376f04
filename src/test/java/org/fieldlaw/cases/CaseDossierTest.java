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
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldlaw.documents.SignatureCheck;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case file (案卷) for case-file inspection and for court: a cover whose table of contents points at the
 * right pages, the documents as issued, the evidence list with hashes and photo thumbnails, the record with its
 * verification (which says so when the record was tampered with); and the same as a ZIP whose manifest checks.
 */
@QuarkusTest
class CaseDossierTest {

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void fontAndBaselines() {
        org.fieldlaw.testing.Fonts.requireOrSkip();
        bureaus.ensureSampleBaselines();
    }

    /** A decided case with two photos and a written statement as evidence, its prior notice and decision issued. */
    private static UUID fileWithDocumentsAndEvidence() {
        UUID id = CaseApi.investigatingSince2November();
        Uploads.toCase(id, Uploads.photo(1600, 1200, 1), "现场照片-1.jpg", "image/jpeg");
        Uploads.toCase(id, Uploads.photo(1200, 1600, 2), "现场照片-2.jpg", "image/jpeg");
        Uploads.toCase(id, "询问笔录：当事人承认在人行道摆卖。".getBytes(StandardCharsets.UTF_8), "询问笔录.txt", "text/plain");
        CaseApi.notifiedOn3November(id);
        CaseApi.decidedOn16November(id);
        for (String kind : List.of("prior-notice", "penalty-decision")) {
            officer().body(Map.of("id", UUID.randomUUID().toString(), "kind", kind)).post(CASES + id + "/documents").then().statusCode(201);
        }
        return id;
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            java.util.ArrayList<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
            return pages;
        }
    }

    private static int images(byte[] pdf) throws Exception {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void theDossierHasItsContentsOnTheRightPagesTheEvidenceWithThumbnailsAndTheRecordVerified() throws Exception {
        UUID id = fileWithDocumentsAndEvidence();
        byte[] pdf = as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get(CASES + id + "/dossier").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "dossier.pdf"), pdf);
        List<String> pages = pages(pdf);
        String cover = pages.get(0) + pages.get(1);
        String number = supervisor().get(CASES + id).then().extract().path("caseNumber");
        assertTrue(cover.contains("行政处罚案卷") && cover.contains(number) && cover.contains("卷内目录"), "the cover and its contents");
        assertTrue(cover.contains("校验完整"), "the cover says the record verified");
        Map<String, Integer> contents = new HashMap<>();
        for (String title : List.of("行政处罚事先告知书", "行政处罚决定书", "证据清单", "全过程记录及校验结果")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d" + title + "[^\\d]*?(\\d+)(?=\\d?\\D|$)").matcher(cover);
            assertTrue(cover.contains(title), "the contents list " + title);
            contents.put(title, pageOf(pages, title));
        }
        assertTrue(contents.get("行政处罚事先告知书") < contents.get("行政处罚决定书"), "in the order issued");
        for (Map.Entry<String, Integer> e : contents.entrySet()) {
            String page = pages.get(e.getValue() - 1);
            assertTrue(page.contains(e.getKey()), e.getKey() + " on page " + e.getValue() + " as the contents say");
            assertTrue(cover.contains(e.getKey()) && cover.contains(String.valueOf(e.getValue())), "the contents give page " + e.getValue());
        }
        String evidence = pages.get(contents.get("证据清单") - 1);
        String photoSha = as(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR).get(CASES + id + "/evidence").then().extract().path("items[0].sha256");
        assertTrue(evidence.contains("现场照片-1.jpg") && evidence.contains(photoSha), "each file with its SHA-256");
        assertTrue(images(pdf) >= 2, "thumbnails of the two photos");
        String record = String.join("", pages.subList(contents.get("全过程记录及校验结果") - 1, pages.size()));
        assertTrue(record.contains("校验结果：完整") && record.contains("出具文书") && record.contains("立案"), "the record, verified");
        officer().get(CASES + id + "/record").then().body("entries.detail.via", hasItem("dossier"));
    }

    /** The page on which a part begins: the first page after the cover whose text starts with the issuer's heading of it. */
    private static int pageOf(List<String> pages, String title) {
        for (int p = 2; p < pages.size(); p++) {
            String text = pages.get(p);
            int at = text.indexOf(title);
            if (at >= 0 && at < 60 && !(title.equals("行政处罚决定书") && text.startsWith("行政处罚事先告知书", at - 4))) {
                return p + 1;
            }
        }
        throw new AssertionError(title + " is on no page");
    }

    @Test
    void aTamperedRecordShowsInTheDossier() throws Exception {
        UUID id = fileWithDocumentsAndEvidence();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table record_entry disable trigger record_entry_no_update");
            try {
                s.execute("update record_entry set actor_name = '他人' where owner_id = '" + id + "' and seq = 2");
            } finally {
                s.execute("alter table record_entry enable trigger record_entry_no_update");
            }
        }
        byte[] pdf = supervisor().get(CASES + id + "/dossier").then().statusCode(200).extract().asByteArray();
        String all = String.join("", pages(pdf));
        assertTrue(all.contains("校验未通过") && all.contains("第2条记录起链接断开"), "the break is named in the file");
    }

    @Test
    void theArchiveHoldsTheSignedDocumentsTheOriginalsAndAManifestThatChecks() throws Exception {
        UUID id = fileWithDocumentsAndEvidence();
        byte[] zip = supervisor().get(CASES + id + "/dossier/archive").then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String manifest = new String(entries.get("manifest.sha256"), StandardCharsets.UTF_8);
        String[] lines = manifest.strip().split("\n");
        assertEquals(5, lines.length, "two documents and three evidence files: " + manifest);
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            byte[] bytes = entries.get(parts[1]);
            assertTrue(bytes != null, "the manifest names a file in the archive: " + parts[1]);
            assertEquals(parts[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), parts[1]);
            if (parts[1].startsWith("documents/")) {
                assertTrue(SignatureCheck.of(bytes).valid(), "the document as issued, signature intact: " + parts[1]);
            }
        }
        String photoSha = supervisor().get(CASES + id + "/evidence").then().extract().path("items[0].sha256");
        assertTrue(entries.containsKey("evidence/001-" + photoSha.substring(0, 12) + ".jpg"), "the first photo by its hash: " + entries.keySet());
        assertTrue(entries.containsKey("documents/01-prior-notice.pdf") && entries.containsKey("documents/02-penalty-decision.pdf"), entries.keySet().toString());
        assertTrue(entries.keySet().stream().allMatch(n -> n.matches("[A-Za-z0-9./_-]+")), "ASCII names every unzip reads alike: " + entries.keySet());
        String json = new String(entries.get("dossier.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"intact\" : true") && json.contains("出具文书") && json.contains("现场照片-1.jpg"),
                "the record and the original names in the JSON");
    }

    @Test
    void whoMayHaveTheDossier() {
        UUID id = fileWithDocumentsAndEvidence();
        as(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER).get(CASES + id + "/dossier/archive").then().statusCode(200);
        as(AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN).get(CASES + id + "/dossier").then().statusCode(403);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(CASES + id + "/dossier").then().statusCode(404);
        as(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER).get(CASES + id + "/dossier/archive").then().statusCode(404);
        RestAssured.given().get(CASES + id + "/dossier").then().statusCode(401);
        supervisor().get(CASES + UUID.randomUUID() + "/dossier").then().statusCode(404);
        supervisor().get(CASES + "not-a-uuid/dossier").then().statusCode(404);
    }
}
