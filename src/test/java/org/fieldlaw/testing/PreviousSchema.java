package org.fieldlaw.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database of its own at an earlier migration, for a test that shows a later migration keeps the
 * data: fill it as the service of that time would have, then migrate to the latest version.
 */
public final class PreviousSchema implements AutoCloseable {

    /** Work on the database with its references and triggers off: only the rows under test need be written. */
    @FunctionalInterface
    public interface Rows {
        void write(Connection c) throws SQLException;
    }

    private final EmbeddedPostgres postgres;

    private PreviousSchema(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PreviousSchema at(String version) {
        try {
            File work = new File("target/migration-db-v" + version).getAbsoluteFile();
            work.mkdirs();
            PreviousSchema schema = new PreviousSchema(EmbeddedPostgres.builder().setOverrideWorkingDirectory(work).start());
            Flyway.configure().dataSource(schema.db()).locations("classpath:db/migration").target(version).load().migrate();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DataSource db() {
        return postgres.getPostgresDatabase();
    }

    public void write(Rows rows) throws SQLException {
        try (Connection c = db().getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            rows.write(c);
            s.execute("set session_replication_role = origin");
        }
    }

    public void migrateToLatest() {
        Flyway.configure().dataSource(db()).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
