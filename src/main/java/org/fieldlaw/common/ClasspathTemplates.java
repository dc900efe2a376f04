package org.fieldlaw.common;

import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Qute templates read from a directory of the classpath (the console's pages, the documents), for the engine used as a library. */
public final class ClasspathTemplates {

    private ClasspathTemplates() {
    }

    /** The template {@code id} (".html" added when missing) under {@code directory}, as {@code variant}; empty when there is none. */
    public static Optional<TemplateLocation> locate(String directory, String id, Variant variant) {
        String path = directory + id + (id.endsWith(".html") ? "" : ".html");
        try (InputStream in = ClasspathTemplates.class.getClassLoader().getResourceAsStream(path)) {
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
                    return Optional.of(variant);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
