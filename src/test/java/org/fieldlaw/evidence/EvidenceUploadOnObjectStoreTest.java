package org.fieldlaw.evidence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.fieldlaw.testing.ObjectStoreProfile;
import org.fieldlaw.testing.S3ProxyTestResource;

/** Every evidence upload test again, with the bytes in an S3-compatible object store (s3proxy on the local filesystem). */
@QuarkusTest
@TestProfile(ObjectStoreProfile.class)
class EvidenceUploadOnObjectStoreTest extends EvidenceUploadTest {

    @Override
    protected void alterStoredFile(String sha) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select p.object_key from upload_piece p join evidence_blob b on b.upload_id = p.upload_id
                where b.sha256 = ? and p.start_offset = 0""")) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                try (RandomAccessFile file = new RandomAccessFile(object(rs.getString(1)).toFile(), "rw")) {
                    file.seek(9);
                    file.write(0);
                }
            }
        }
    }

    @Override
    protected boolean storedWhereExpected(byte[] data, String objectKey) {
        return data == null && objectKey != null && Files.isRegularFile(object(objectKey));
    }

    @Override
    protected boolean bytesRemain(String objectKey) {
        return Files.exists(object(objectKey));
    }

    @Override
    protected List<String> objectsOf(UUID uploadId) throws IOException {
        Path dir = S3ProxyTestResource.bucketDirectory().resolve("uploads").resolve(uploadId.toString());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> "uploads/" + uploadId + "/" + f.getFileName()).sorted().toList();
        }
    }

    private static Path object(String key) {
        return S3ProxyTestResource.bucketDirectory().resolve(key);
    }
}
