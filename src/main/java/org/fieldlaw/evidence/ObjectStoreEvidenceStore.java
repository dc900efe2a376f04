package org.fieldlaw.evidence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Evidence bytes in an S3-compatible object store, one object per piece; the ledger in PostgreSQL
 * says which pieces make each upload and file. A piece's object is put before the transaction that
 * records it, under a key of its own (two racing requests never share one), and objects are deleted
 * only after the transaction that dropped them commits, so a rollback never loses bytes. A crash
 * between putting and recording leaves an object no row names: unreachable, never wrong.
 */
public class ObjectStoreEvidenceStore extends PostgresEvidenceStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ObjectStoreEvidenceStore.class);
    private static final String OCTETS = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final TransactionSynchronizationRegistry transactions;

    public ObjectStoreEvidenceStore(EvidenceLedger ledger, S3Client s3, String bucket, TransactionSynchronizationRegistry transactions) {
        super(ledger);
        this.s3 = s3;
        this.bucket = bucket;
        this.transactions = transactions;
    }

    @Override
    public Piece put(UUID uploadId, long offset, byte[] data, int length) {
        String key = "uploads/%s/%016d-%08x".formatted(uploadId, offset, ThreadLocalRandom.current().nextInt());
        write(key, data, length);
        return new Piece(uploadId, offset, length, null, key);
    }

    @Override
    protected String putWhole(String sha256, byte[] content) {
        String key = "files/" + sha256;
        write(key, content, content.length);
        return key;
    }

    private void write(String key, byte[] data, int length) {
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) length).contentType(OCTETS).build(),
                    RequestBody.fromContentProvider(() -> new ByteArrayInputStream(data, 0, length), length, OCTETS));
        } catch (SdkException e) {
            throw unavailable("storing", key, e);
        }
    }

    @Override
    protected void readObject(String key, OutputStream out) {
        try {
            s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build(), ResponseTransformer.toOutputStream(out));
        } catch (SdkException e) {
            throw unavailable("reading", key, e);
        }
    }

    /** The store is down or refuses: the piece is not recorded, and the phone's tus client resumes later from the offset. */
    private static ApiException unavailable(String what, String key, SdkException e) {
        LOG.warnf("object store: %s %s failed: %s", what, key, e.getMessage());
        return new ApiException(ProblemType.STORE_UNAVAILABLE, "证据存储暂不可用，请稍后从已接收的偏移量续传 (the evidence store did not answer: resume later from the offset HEAD reports)");
    }

    @Override
    protected void forget(List<String> objectKeys) {
        if (objectKeys.isEmpty()) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            delete(objectKeys);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    delete(objectKeys);
                }
            }
        });
    }

    private void delete(List<String> keys) {
        for (String key : keys) {
            try {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
            } catch (RuntimeException e) {
                // Unreachable from every row already; only space is lost.
                LOG.warnf("could not delete evidence object %s: %s", key, e.getMessage());
            }
        }
    }

    /**
     * Deletes the objects no piece row names that were put before {@code putBefore}: left by a crash between putting
     * and recording, a transaction rolled back after its put, or a delete that failed. Younger objects may belong to
     * a transaction still running and are left; so is any key of a shape this store does not write.
     */
    @Override
    public Optional<Sweep> sweepOrphans(Instant putBefore) {
        long listed = 0;
        long deleted = 0;
        String next = null;
        do {
            ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).maxKeys(1000);
            if (next != null) {
                request.continuationToken(next);
            }
            ListObjectsV2Response page = s3.listObjectsV2(request.build());
            listed += page.contents().size();
            List<String> old = page.contents().stream().filter(o -> o.lastModified().isBefore(putBefore)).map(S3Object::key).toList();
            if (!old.isEmpty()) {
                Set<String> named = ledger.namedObjects(old);
                List<String> orphans = old.stream().filter(k -> !named.contains(k) && stillOld(k, putBefore)).toList();
                delete(orphans);
                deleted += orphans.size();
            }
            next = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (next != null);
        return Optional.of(new Sweep(listed, deleted));
    }

    /**
     * A file's key is its content's hash, so the same bytes put again (a new upload of a file whose first put was
     * orphaned) reuse the key: asked again just before deleting, a key put since is left to its new row.
     */
    private boolean stillOld(String key, Instant putBefore) {
        if (!key.startsWith("files/")) {
            return true;
        }
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key)).lastModified().isBefore(putBefore);
        } catch (SdkException gone) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
