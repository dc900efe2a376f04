package org.fieldlaw.records;

import java.util.UUID;

/**
 * A feature whose records are kept here registers one bean of this type per kind of owner (a case,
 * a site). The appender calls {@link #lock} before it reads an owner's last line, so two
 * transactions never write the same next line; the owner's own row is the lock because the
 * feature's writes take it too, which keeps a record line and the change it records in step.
 */
public interface RecordOwner {

    /** The kind stored with each line and named in {@link RecordRef}. */
    String kind();

    /**
     * Locks the owner's row until the transaction ends; called inside the appender's transaction.
     * Must be cheap when the transaction holds the lock already.
     */
    void lock(UUID id);
}
