package org.fieldlaw.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database restarting or failing over is answered 503 (send it again), not 500; a refused row is not that. */
class DatabaseUnreachableTest {

    @Test
    void aLostOrRefusedConnectionIsTheDatabaseBeingUnreachable() {
        assertTrue(ProblemMappers.databaseUnreachable(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(ProblemMappers.databaseUnreachable(
                new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(new SQLException("the database system is starting up", "57P03"))));
        // A commit that failed: the transaction manager puts the driver's exception among the suppressed ones.
        Exception rollback = new IllegalStateException("Could not commit transaction");
        rollback.addSuppressed(new RuntimeException("Error trying to transactionCommit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(rollback)));
    }

    @Test
    void aRefusedRowOrAnyOtherFailureIsNot() {
        assertFalse(ProblemMappers.databaseUnreachable(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("no row")));
        assertFalse(ProblemMappers.databaseUnreachable(new PersistenceException(new SQLException("no state"))));
    }
}
