package org.fieldlaw.console;

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
            .addLocator(ConsolePages::locate)
            .removeStandaloneLines(true)
            .build();

    public String render(String page, Map<String, Object> data) {
        return engine.getTemplate(page).data(data).render();
    }

    private static Optional<TemplateLocation> locate(String id) {
        String path = DIRECTORY + id + (id.endsWith(".html") ? "" : ".html");
        try (InputStream in = ConsolePages.class.getClassLoader().getResourceAsStream(path)) {
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
                    return Optional.of(HTML);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
