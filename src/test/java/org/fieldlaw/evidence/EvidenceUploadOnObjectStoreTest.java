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

    @jakarta.inject.Inject
    OrphanObjectSweep sweep;

    /** An object as a crash between putting it and recording it would leave it, written this long ago. */
    private static Path leftBehind(String key, java.time.Duration ago) throws IOException {
        Path file = object(key);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] { 1, 2, 3 });
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(ago)));
        return file;
    }

    /** Issue 15: objects no row names are deleted once older than any transaction; named ones, young ones and others' stay. */
    @org.junit.jupiter.api.Test
    void theSweepDeletesOldObjectsNoRowNamesAndNothingElse() throws Exception {
        UUID caseId = org.fieldlaw.testing.CaseApi.create(org.fieldlaw.testing.CaseApi.vending(org.fieldlaw.testing.CaseApi.newParty()));
        byte[] photo = org.fieldlaw.testing.Uploads.photo(800, 600, 1);
        String upload = org.fieldlaw.testing.Uploads.open("caseId", caseId.toString(), photo.length, "kept.jpg", "image/jpeg");
        io.restassured.RestAssured.given().auth().oauth2(org.fieldlaw.testing.Uploads.token()).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(photo).patch(upload).then().statusCode(204);
        List<String> kept = objectsOf(UUID.fromString(upload.substring(upload.lastIndexOf('/') + 1)));
        org.junit.jupiter.api.Assertions.assertFalse(kept.isEmpty());
        java.time.Duration twoDays = java.time.Duration.ofDays(2);
        for (String key : kept) {
            Files.setLastModifiedTime(object(key), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(twoDays)));
        }
        Path orphanPiece = leftBehind("uploads/" + UUID.randomUUID() + "/0000000000000000-0000abcd", twoDays);
        Path orphanFile = leftBehind("files/" + "ab".repeat(32), twoDays);
        Path young = leftBehind("uploads/" + UUID.randomUUID() + "/0000000000000000-0000beef", java.time.Duration.ofMinutes(5));
        Path foreign = leftBehind("backups/not-evidence.bin", twoDays);

        EvidenceStore.Sweep done = sweep.run(java.time.Instant.now().minus(java.time.Duration.ofDays(1))).orElseThrow();

        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(orphanPiece), "an upload piece no row names is deleted");
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(orphanFile), "a file object no row names is deleted");
        org.junit.jupiter.api.Assertions.assertEquals(2, done.deleted(), "those two, nothing else");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(young), "a young object may belong to a transaction still running");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(foreign), "a key of another shape is not the sweep's");
        for (String key : kept) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.exists(object(key)), "a named object stays however old: " + key);
        }
        io.restassured.RestAssured.given().auth().oauth2(org.fieldlaw.testing.Uploads.token()).get("/api/v1/cases/" + caseId + "/evidence")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(1));
    }

    private static Path object(String key) {
        return S3ProxyTestResource.bucketDirectory().resolve(key);
    }
}
