package org.fieldlaw.console;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.fieldlaw.common.ClasspathTemplates;

/**
 * The console's templates ({@code src/main/resources/console-templates/*.html}), rendered by the Qute
 * engine used as a library. Every value is HTML-escaped: party names and addresses come from the field.
 */
@ApplicationScoped
public class ConsolePages {

    private static final String DIRECTORY = "console-templates/";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(id -> ClasspathTemplates.locate(DIRECTORY, id, HTML))
            .removeStandaloneLines(true)
            .build();

    public String render(String page, Map<String, Object> data) {
        return engine.getTemplate(page).data(data).render();
    }
}
