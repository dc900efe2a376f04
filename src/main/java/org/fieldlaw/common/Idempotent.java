package org.fieldlaw.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Writes of records whose id the phone chose. The write runs without looking first (a new id is
 * the common case, and the primary key says when it is not); when it fails, because the id was
 * taken by a copy of the same request that raced it or was sent earlier, or because the request
 * no longer passes (a baseline changed since it was first sent), the stored answer under that id
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
            return QuarkusTransaction.requiringNew().call(() -> {
                T written = write.call();
                // Written now, not at commit: a taken id must fail here, where it can be answered.
                Panache.getEntityManager().flush();
                return written;
            });
        } catch (PersistenceException | ApiException e) {
            return QuarkusTransaction.requiringNew().call(stored).orElseThrow(() -> e);
        }
    }
}
