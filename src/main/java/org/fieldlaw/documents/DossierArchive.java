package org.fieldlaw.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The case file as a ZIP for a court or an archive: the issued documents as issued (signed), the original
 * evidence files, {@code dossier.json} (the particulars, the lists and the record with its verification) and
 * {@code manifest.sha256}, which {@code sha256sum -c manifest.sha256} checks. Each file streams from the store
 * into the archive; none is held whole.
 */
@ApplicationScoped
public class DossierArchive {

    private final ObjectMapper mapper;

    DossierArchive(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.CLOSE_CLOSEABLE);
    }

    public void write(Dossier dossier, Dossier.Files files, OutputStream out) {
        Map<String, String> manifest = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // Photos, video and PDFs are compressed already: deflating them again costs time and saves nothing.
            zip.setLevel(Deflater.NO_COMPRESSION);
            int n = 0;
            for (Dossier.IssuedPart part : dossier.documents()) {
                String path = "documents/" + String.format("%02d", ++n) + "-" + safe(part.kind()) + ".pdf";
                entry(zip, path, () -> files.copy(part.sha256(), unclosable(zip)));
                manifest.put(path, part.sha256());
            }
            for (Dossier.Exhibit e : dossier.evidence()) {
                String path = "evidence/" + String.format("%03d", e.n()) + "-" + e.sha256().substring(0, 12) + extension(e.filename());
                entry(zip, path, () -> files.copy(e.sha256(), unclosable(zip)));
                manifest.put(path, e.sha256());
            }
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "dossier.json", () -> {
                try {
                    mapper.writeValue(unclosable(zip), dossier);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            StringBuilder sums = new StringBuilder();
            manifest.forEach((path, sha) -> sums.append(sha).append("  ").append(path).append('\n'));
            entry(zip, "manifest.sha256", () -> {
                try {
                    zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String path, Runnable body) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        body.run();
        zip.closeEntry();
    }

    /**
     * Names in the archive are ASCII (the titles and original file names are in dossier.json, in the same order):
     * common unzip tools still mangle UTF-8 names, and a manifest must name files every tool finds.
     */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "_" : cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    /** The original file's extension when it is a plain one (.jpg, .mp4), so the file opens with the right program. */
    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
