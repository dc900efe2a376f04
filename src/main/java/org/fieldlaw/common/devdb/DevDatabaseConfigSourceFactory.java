package org.fieldlaw.common.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode with no database configured, starts an embedded PostgreSQL (zonky) and points the
 * datasource at it, so {@code ./mvnw quarkus:dev} needs no set-up. Acts in no other profile.
 *
 * <p>The launcher is reached by name only: zonky is an optional dependency that the packaged
 * application does not carry, and nothing outside dev mode may link against it.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String LAUNCHER = "org.fieldlaw.common.devdb.EmbeddedPostgresLauncher";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        ConfigValue dir = context.getValue("fieldlaw.dev-db.directory");
        String directory = dir == null || dir.getValue() == null ? "target/dev-db" : dir.getValue();
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> props = (Map<String, String>) Class.forName(LAUNCHER)
                    .getMethod("startOrReuse", String.class)
                    .invoke(null, directory);
            // Ordinal above application.properties, below system properties and the environment.
            return List.of(new PropertiesConfigSource(props, "fieldlaw-dev-database", 275));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start the embedded dev database in " + directory, e);
        }
    }
}
