package org.fieldlaw.records;

import java.util.UUID;

/**
 * A feature whose records are kept here registers one bean of this type per kind of owner (a case,
 * a site). The appender calls {@link #lock} before it reads an owner's last line, so two
 * transactions never write the same next line; the owner's own row is the lock because the
 * feature's writes take it too, which keeps a record line and the change it records in step.
 * Where one transaction writes to the records of two owners, it takes them in one order: a site
 * before the case it became.
 */
public interface RecordOwner {

    /** The kind stored with each line and named in {@link RecordRef}. */
    String kind();

    /**
     * Locks the owner's row until the transaction ends, waiting for a transaction that holds it;
     * called inside the appender's transaction, at most once per owner and transaction. Throws when
     * there is no such owner.
     */
    void lock(UUID id);
}
