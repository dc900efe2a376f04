package org.fieldlaw.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The tests' real PostgreSQL: the server named by TEST_DB_URL (with TEST_DB_USER and
 * TEST_DB_PASSWORD), or else a fresh embedded one (zonky) under target/.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", envOr("TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", envOr("TEST_DB_PASSWORD", "postgres"));
        }
        try {
            File work = new File("target/test-db").getAbsoluteFile();
            work.mkdirs();
            postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work).start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the test JVM is ending
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
