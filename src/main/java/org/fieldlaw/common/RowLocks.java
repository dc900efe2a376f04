package org.fieldlaw.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.FlushModeType;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Locks a row until the transaction ends, as {@code select … for no key update} does, whatever the
 * session holds of it. Unlike asking Hibernate to lock an entity the transaction has already read
 * (which compares versions and fails when another transaction changed the row meanwhile), this
 * waits for that transaction and then holds the row. A transaction that holds the lock already
 * gets it again at once.
 */
public final class RowLocks {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private RowLocks() {
    }

    /** @throws IllegalStateException when the table has no row with that id: the caller named an owner that does not exist */
    public static void lock(String table, UUID id) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        boolean found = !Panache.getEntityManager().createNativeQuery("select 1 from " + table + " where id = ?1 for no key update")
                .setParameter(1, id)
                // Pending changes wait for the commit: the lock needs none of them.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().isEmpty();
        if (!found) {
            throw new IllegalStateException("no row " + id + " in " + table + " to lock");
        }
    }
}
