package org.fieldlaw.documents;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The case file (案卷) as one PDF, for case-file inspection and for court: a cover with the table of contents,
 * every issued document as issued, the evidence list with hashes and thumbnails of the photos, and the
 * full-process record with its verification; each page numbered in the top corner as a bound file is.
 * Photos are read one per core at a time and shrunk as they are decoded, and the pages are assembled with
 * PDFBox's scratch file, so the heap holds thumbnails and small documents, never the evidence itself.
 */
@ApplicationScoped
public class DossierPdf {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    /** A photo larger than this gets no thumbnail (a panorama, a scan): the list still names it with its hash. */
    private static final long THUMBNAIL_LIMIT = 40L << 20;

    /** An entry of the table of contents (read by the template through reflection, registered for the native build). */
    @RegisterForReflection
    public record Entry(String title, String number, int page) {
    }

    /** A row of the evidence list, with its thumbnail as a data URI (empty when it has none). */
    @RegisterForReflection
    public record ExhibitRow(int n, String kind, String filename, String capturedAt, String sha256, String size, String thumbnail) {
    }

    private final PdfRenderer pdf;
    private final DocumentTemplates templates;
    /** Shared by every dossier being compiled: no more photos decoded at once than there are cores. */
    private final ExecutorService thumbnailer;

    DossierPdf(PdfRenderer pdf, DocumentTemplates templates) {
        this.pdf = pdf;
        this.templates = templates;
        AtomicInteger n = new AtomicInteger();
        this.thumbnailer = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "dossier-thumbnails-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The parts laid out and in order, ready to be written: everything that can fail for a reason of the file's
     * contents fails here, before the answer has begun.
     */
    public final class Assembled {
        private final List<byte[]> parts;
        private final PdfRenderer.Metadata metadata;

        private Assembled(List<byte[]> parts, PdfRenderer.Metadata metadata) {
            this.parts = parts;
            this.metadata = metadata;
        }

        public void writeTo(OutputStream out) {
            merge(parts, metadata, out);
        }
    }

    public Assembled assemble(Dossier dossier, Dossier.Files files) {
        PdfRenderer.Metadata metadata = new PdfRenderer.Metadata(dossier.title(), dossier.issuer(), dossier.number(), dossier.compiledAt());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dossier", dossier);
        data.put("compiledAt", AT.format(dossier.compiledAt()));
        data.put("exhibits", exhibits(dossier, files));
        byte[] evidence = pdf.render(templates.render("dossier-evidence", data), metadata);
        byte[] record = pdf.render(templates.render("dossier-record", data), metadata);
        List<byte[]> documents = new ArrayList<>();
        for (Dossier.IssuedPart part : dossier.documents()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            files.copy(part.sha256(), bytes);
            documents.add(bytes.toByteArray());
        }
        // The contents give page numbers that depend on the cover's own length: lay it out until they agree.
        byte[] cover = null;
        int coverPages = 1;
        for (int attempt = 0; attempt < 3; attempt++) {
            data.put("contents", contents(dossier, documents, evidence, record, coverPages));
            cover = pdf.render(templates.render("dossier-cover", data), metadata);
            int pages = pages(cover);
            if (pages == coverPages) {
                break;
            }
            coverPages = pages;
        }
        List<byte[]> parts = new ArrayList<>();
        parts.add(cover);
        parts.addAll(documents);
        parts.add(evidence);
        parts.add(record);
        return new Assembled(parts, metadata);
    }

    private List<Entry> contents(Dossier dossier, List<byte[]> documents, byte[] evidence, byte[] record, int coverPages) {
        List<Entry> entries = new ArrayList<>();
        int page = coverPages + 1;
        for (int i = 0; i < documents.size(); i++) {
            Dossier.IssuedPart part = dossier.documents().get(i);
            entries.add(new Entry(part.title() + (part.inForce() ? "" : "（已被更正替代）"), part.number(), page));
            page += pages(documents.get(i));
        }
        entries.add(new Entry("证据清单", dossier.evidence().size() + " 件", page));
        page += pages(evidence);
        entries.add(new Entry("全过程记录及校验结果", dossier.record().size() + " 条", page));
        return entries;
    }

    /**
     * The evidence rows, the photos' thumbnails made on as many threads as there are cores: decoding is the cost
     * of a dossier (about 0.1 s for a 12-megapixel photo), and each thread holds one photo at a time.
     */
    private List<ExhibitRow> exhibits(Dossier dossier, Dossier.Files files) {
        List<Future<String>> thumbnails = new ArrayList<>();
        for (Dossier.Exhibit e : dossier.evidence()) {
            thumbnails.add(photo(e) && e.size() <= THUMBNAIL_LIMIT ? thumbnailer.submit(() -> thumbnail(e, files)) : CompletableFuture.completedFuture(""));
        }
        List<ExhibitRow> rows = new ArrayList<>();
        try {
            for (int i = 0; i < thumbnails.size(); i++) {
                Dossier.Exhibit e = dossier.evidence().get(i);
                rows.add(new ExhibitRow(e.n(), e.kind(), e.filename(), e.capturedAt(), e.sha256(), size(e.size()), thumbnails.get(i).get()));
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            thumbnails.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while making thumbnails", ex);
        } catch (ExecutionException ex) {
            thumbnails.forEach(f -> f.cancel(true));
            throw new IllegalStateException("making a thumbnail failed", ex.getCause());
        }
        return rows;
    }

    private static String thumbnail(Dossier.Exhibit e, Dossier.Files files) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.min(e.size(), THUMBNAIL_LIMIT));
        files.copy(e.sha256(), buffer);
        return Thumbnails.of(new ByteArrayInputStream(buffer.toByteArray()))
                .map(jpeg -> "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg)).orElse("");
    }

    @PreDestroy
    void stop() {
        thumbnailer.shutdownNow();
    }

    private static boolean photo(Dossier.Exhibit e) {
        if (e.mediaType() != null) {
            return e.mediaType().startsWith("image/");
        }
        String name = e.filename() == null ? "" : e.filename().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : bytes >= 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0) : bytes + " B";
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts one after another, each page numbered at its top outer corner, written out through a scratch file. */
    private static void merge(List<byte[]> parts, PdfRenderer.Metadata metadata, OutputStream out) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] part : parts) {
                PDDocument source = Loader.loadPDF(part);
                sources.add(source);
                // An issued document's signature field belongs to the file as issued (kept beside the dossier), not to the compilation.
                source.getDocumentCatalog().setAcroForm(null);
                for (PDPage page : source.getPages()) {
                    page.getCOSObject().removeItem(COSName.ANNOTS);
                }
                merger.appendDocument(target, source);
            }
            number(target);
            target.getDocumentInformation().setTitle(metadata.title());
            target.getDocumentInformation().setAuthor(metadata.author());
            target.getDocumentInformation().setSubject(metadata.subject());
            target.getDocumentInformation().setProducer("Fieldlaw");
            target.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // closing what was only read
                }
            }
        }
    }

    private static void number(PDDocument doc) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            String text = n + " / " + total;
            float width = font.getStringWidth(text) / 1000 * 9;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.beginText();
                s.setFont(font, 9);
                // A portable printer's roll has a narrow margin at the top and a long blank tail: its number goes at the foot.
                boolean roll = box.getWidth() < 300;
                s.newLineAtOffset(box.getUpperRightX() - width - (roll ? 8 : 24), roll ? box.getLowerLeftY() + 10 : box.getUpperRightY() - 20);
                s.showText(text);
                s.endText();
            }
        }
    }
}
