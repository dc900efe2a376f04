package org.fieldlaw.documents;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.fieldlaw.common.ClasspathTemplates;

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
            .addLocator(id -> ClasspathTemplates.locate(DIRECTORY, id, XHTML))
            .removeStandaloneLines(true)
            .build();

    /** The XHTML of a document of {@code kind}, filled with {@code data}. */
    public String render(String kind, Map<String, Object> data) {
        Template template = engine.getTemplate(kind);
        if (template == null) {
            throw new IllegalArgumentException("no template for the document kind " + kind);
        }
        return template.data(data).render();
    }
}
