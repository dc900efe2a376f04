package org.fieldlaw.documents;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document templates ({@code src/main/resources/document-templates/*.html}, one per kind, XHTML that
 * includes {@code layout.html}), filled by the Qute engine with every value escaped: a party's name or an
 * officer's note must never become markup in a legal document.
 */
@ApplicationScoped
public class DocumentTemplates {

    private static final String DIRECTORY = "document-templates/";
    private static final Variant XHTML = Variant.forContentType(Variant.TEXT_HTML);

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(DocumentTemplates::locate)
            .removeStandaloneLines(true)
            .build();

    /** The XHTML of a document of {@code kind}, filled with {@code data}. */
    public String render(String kind, Map<String, Object> data) {
        if (engine.getTemplate(kind) == null) {
            throw new IllegalArgumentException("no template for the document kind " + kind);
        }
        return engine.getTemplate(kind).data(data).render();
    }

    private static Optional<TemplateLocation> locate(String id) {
        String path = DIRECTORY + id + (id.endsWith(".html") ? "" : ".html");
        try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new TemplateLocation() {
                @Override
                public Reader read() {
                    return new StringReader(text);
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.of(XHTML);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
