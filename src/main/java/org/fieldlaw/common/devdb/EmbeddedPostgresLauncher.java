package org.fieldlaw.common.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Starts zonky's embedded PostgreSQL once per JVM, keeping its data between runs. */
public final class EmbeddedPostgresLauncher {

    // Dev mode reloads the application in a fresh class loader: the running server is found again
    // through system properties, which outlive the class loader.
    private static final String URL_PROPERTY = "fieldlaw.dev-db.running-url";

    private EmbeddedPostgresLauncher() {
    }

    public static synchronized Map<String, String> startOrReuse(String directory) {
        String running = System.getProperty(URL_PROPERTY);
        if (running == null) {
            running = start(directory);
            System.setProperty(URL_PROPERTY, running);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", running,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static String start(String directory) {
        File data = new File(directory, "data").getAbsoluteFile();
        File work = new File(directory, "work").getAbsoluteFile();
        data.mkdirs();
        work.mkdirs();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; PostgreSQL recovers from an unclean stop
                }
            }, "dev-db-stop"));
            ensureDatabase(postgres);
            String url = postgres.getJdbcUrl("postgres", "fieldlaw");
            System.out.println("Fieldlaw dev database: " + url + " (data in " + data + ")");
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ensureDatabase(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select 1 from pg_database where datname = 'fieldlaw'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database fieldlaw");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the fieldlaw dev database", e);
        }
    }
}
