package org.fieldlaw.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document laid out with the CJK font embedded reads back as written, and renders to the same bytes every time. */
class PdfRendererTest {

    static final String FONT = "/usr/share/fonts/truetype/arphic/uming.ttc";

    private static final String PAGE = """
            <html><head><style>
              @page { size: A4; margin: 25mm 20mm; }
              body { font-family: '%s'; font-size: 12pt; }
              h1 { text-align: center; font-size: 18pt; }
            </style></head><body>
              <h1>行政处罚决定书</h1>
              <p>江蓬白综执罚〔2026〕12号</p>
              <p>当事人：张三丰。罚款人民币 12,000 元（大写：壹万贰仟元整）。</p>
            </body></html>""".formatted(PdfRenderer.FONT_FAMILY);

    private static final PdfRenderer.Metadata METADATA = new PdfRenderer.Metadata("行政处罚决定书", "江门市蓬江区白沙街道综合行政执法办公室",
            "江蓬白综执罚〔2026〕12号", OffsetDateTime.parse("2026-12-01T10:00:00+08:00"));

    /** Debian's fonts-arphic-uming; CI installs it and must not skip. */
    @BeforeAll
    static void font() {
        if (!new File(FONT).isFile()) {
            String message = "the documents' CJK font is not installed (apt-get install fonts-arphic-uming): " + FONT;
            if (Boolean.parseBoolean(System.getenv("FIELDLAW_FONT_REQUIRED"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
    }

    static PdfRenderer renderer(String path, String face) {
        return new PdfRenderer(new DocumentConfig() {
            @Override
            public Font font() {
                return new Font() {
                    @Override
                    public String path() {
                        return path;
                    }

                    @Override
                    public String face() {
                        return face;
                    }
                };
            }

            @Override
            public Signing signing() {
                throw new UnsupportedOperationException("rendering signs nothing");
            }
        });
    }

    @Test
    void theChineseTextReadsBackFromTheEmbeddedFont() throws Exception {
        byte[] pdf = renderer(FONT, "UMingCN").render(PAGE, METADATA);
        java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("renderer-sample.pdf"), pdf); // to look at: pdftoppm -png
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("行政处罚决定书") && text.contains("江蓬白综执罚〔2026〕12号") && text.contains("壹万贰仟元整"), text);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded() && font.getName().contains("+UMingCN"), "the font travels with the document, as a subset: " + font.getName());
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4");
            assertEquals("江蓬白综执罚〔2026〕12号", doc.getDocumentInformation().getSubject());
        }
    }

    @Test
    void theSameInputRendersToTheSameBytesAndAnotherToOthers() throws Exception {
        PdfRenderer renderer = renderer(FONT, "UMingCN");
        byte[] first = renderer.render(PAGE, METADATA);
        Thread.sleep(1100); // a clock that leaked into the file would now show
        assertArrayEquals(first, renderer.render(PAGE, METADATA), "byte-identical");
        assertFalse(Arrays.equals(first, renderer.render(PAGE.replace("12,000", "12,001"), METADATA)), "a changed word, a changed file");
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertTrue(doc.getDocument().getTrailer().containsKey(COSName.ID), "its identifier is set from the content");
        }
    }

    @Test
    void aMissingFontOrFaceIsSaidPlainly() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> renderer("/nonexistent/font.ttc", "X").render(PAGE, METADATA));
        assertTrue(missing.getMessage().contains("fonts-arphic-uming"), missing.getMessage());
        IllegalStateException face = assertThrows(IllegalStateException.class, () -> renderer(FONT, "NoSuchFace").render(PAGE, METADATA));
        assertTrue(face.getMessage().contains("NoSuchFace"), face.getMessage());
    }
}
