package org.fieldlaw.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Writes of records whose id the phone chose. The write runs without looking first (a new id is
 * the common case, and the primary key says when it is not); when the id turns out to be taken, by
 * a copy of the same request that raced it or was sent earlier, the stored answer under that id
 * wins. Where there is none, the write's own failure stands.
 */
public final class Idempotent {

    private Idempotent() {
    }

    /**
     * @param write  the create, in a transaction of its own
     * @param stored what is stored under the same id, in a new transaction: the answer to give, empty
     *               when nothing is, or an {@link ApiException} (409) when the id holds another request
     */
    public static <T> T create(Callable<T> write, Callable<Optional<T>> stored) {
        try {
            return written(write);
        } catch (PersistenceException e) {
            return QuarkusTransaction.requiringNew().call(stored).orElseThrow(() -> e);
        }
    }

    /**
     * The same, and a write refused by the rules ({@link ApiException}) is answered with the stored
     * record too: a resend of a create that was accepted once, and would no longer pass because a
     * rule it was checked against has changed since (a new baseline), is still the same create.
     */
    public static <T> T createOrAnswerStored(Callable<T> write, Callable<Optional<T>> stored) {
        try {
            return written(write);
        } catch (PersistenceException | ApiException e) {
            return QuarkusTransaction.requiringNew().call(stored).orElseThrow(() -> e);
        }
    }

    private static <T> T written(Callable<T> write) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T written = write.call();
            // Written now, not at commit: a taken id must fail here, where it can be answered.
            Panache.getEntityManager().flush();
            return written;
        });
    }
}
