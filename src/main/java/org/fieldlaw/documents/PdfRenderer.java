package org.fieldlaw.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out an XHTML document (a rendered template) as a PDF with the configured CJK font embedded.
 * The same input gives the same bytes: the dates, producer and file identifier are fixed from the
 * input, never the clock, so an issued document can be rendered again and compared byte for byte.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The family name templates use in their CSS for the embedded CJK font. */
    public static final String FONT_FAMILY = "FieldlawCJK";

    private static final String PRODUCER = "Fieldlaw";

    /** What the PDF says about itself; {@code created} is the document's own date (its issue), never the time of rendering. */
    public record Metadata(String title, String author, String subject, OffsetDateTime created) {
    }

    private final DocumentConfig config;

    PdfRenderer(DocumentConfig config) {
        this.config = config;
    }

    public byte[] render(String xhtml, Metadata metadata) {
        File fontFile = new File(config.font().path());
        if (!fontFile.isFile()) {
            throw new IllegalStateException("文书字体不存在 (the documents' CJK font is missing): " + fontFile
                    + "; install Debian's fonts-arphic-uming or set fieldlaw.documents.font.path");
        }
        try (PDDocument doc = new PDDocument(); Font font = Font.open(fontFile, config.font().face())) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withProducer(PRODUCER);
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, font.ttf(), true)), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                renderer.createPDFWithoutClosing();
                fix(doc, xhtml, metadata);
                doc.save(out);
            } finally {
                renderer.close(); // closes the document too
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The information dictionary and file identifier, from the input alone. */
    private static void fix(PDDocument doc, String xhtml, Metadata metadata) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        GregorianCalendar created = GregorianCalendar.from(metadata.created().toZonedDateTime());
        info.setCreationDate(created);
        info.setModificationDate(created);
        doc.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(xhtml + "\n" + metadata), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The font open for one rendering: subsetting reads its glyphs when the document is saved. */
    private record Font(TrueTypeFont ttf, AutoCloseable source) implements AutoCloseable {

        static Font open(File file, String face) throws IOException {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont ttf = collection.getFontByName(face);
                if (ttf == null) {
                    collection.close();
                    throw new IllegalStateException("字体集中没有 (no such face in the font collection) " + face + ": " + file);
                }
                return new Font(ttf, collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Font(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            try {
                source.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
