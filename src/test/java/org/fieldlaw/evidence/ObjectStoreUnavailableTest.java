package org.fieldlaw.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** An object store that does not answer is a 503 the phone retries, never a 500. */
class ObjectStoreUnavailableTest {

    @Test
    void aPieceTheStoreDoesNotTakeIsRefusedAsUnavailable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (S3Client client = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(1)).build())
                .region(Region.US_EAST_1).forcePathStyle(true).endpointOverride(URI.create("http://127.0.0.1:" + closed))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret"))).build();
                ObjectStoreEvidenceStore store = new ObjectStoreEvidenceStore(null, client, "evidence", null)) {
            ApiException put = assertThrows(ApiException.class, () -> store.put(UUID.randomUUID(), 0, new byte[10], 10));
            assertEquals(503, put.type().status());
            ApiException read = assertThrows(ApiException.class, () -> store.readObject("uploads/x/0", new ByteArrayOutputStream()));
            assertEquals(503, read.type().status());
        }
    }
}
