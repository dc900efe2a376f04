package org.fieldlaw.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The evidence store the configuration names (fieldlaw.evidence.store). */
@ApplicationScoped
class EvidenceStores {

    @Produces
    @ApplicationScoped
    EvidenceStore store(EvidenceConfig config, EvidenceLedger ledger, TransactionSynchronizationRegistry transactions) {
        if (config.store() == EvidenceConfig.Store.POSTGRES) {
            return new PostgresEvidenceStore(ledger);
        }
        EvidenceConfig.S3 s3 = config.s3();
        String bucket = s3.bucket().orElseThrow(() -> new IllegalStateException(
                "fieldlaw.evidence.store=s3 needs fieldlaw.evidence.s3.bucket (FIELDLAW_EVIDENCE_S3_BUCKET)"));
        return new ObjectStoreEvidenceStore(ledger, client(s3), bucket, transactions);
    }

    void close(@Disposes EvidenceStore store) {
        if (store instanceof ObjectStoreEvidenceStore objects) {
            objects.close();
        }
    }

    private static S3Client client(EvidenceConfig.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // Integrity is the service's own SHA-256 over every file; the SDK's extra CRC trailers are
                // not understood by every S3-compatible store.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        s3.endpoint().ifPresent(builder::endpointOverride);
        if (s3.accessKey().isPresent() && s3.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey().get(), s3.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
