package org.fieldlaw.evidence;

import static io.restassured.RestAssured.given;
import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence by the tus 1.0 protocol with a stock client: resumed after a broken link, checked by hash, limited in size,
 * written once. Run on PostgreSQL here and on an S3-compatible object store by {@link EvidenceUploadOnObjectStoreTest}.
 */
@QuarkusTest
class EvidenceUploadTest {

    private static final String UPLOADS = "/api/v1/uploads";

    @TestHTTPResource("/api/v1/uploads")
    URL creationUrl;

    @Inject
    Bureaus bureaus;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    private static byte[] photo(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String token() {
        return Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
    }

    private TusClient client() {
        TusClient client = new TusClient();
        client.setUploadCreationURL(creationUrl);
        client.enableResuming(new TusURLMemoryStore());
        client.setHeaders(Map.of("Authorization", "Bearer " + token()));
        return client;
    }

    private static TusUpload upload(byte[] bytes, UUID caseId, String fingerprint) {
        TusUpload upload = new TusUpload();
        upload.setInputStream(new ByteArrayInputStream(bytes));
        upload.setSize(bytes.length);
        upload.setFingerprint(fingerprint);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("caseId", caseId.toString());
        meta.put("filename", "现场照片-" + fingerprint + ".jpg");
        meta.put("filetype", "image/jpeg");
        meta.put("capturedAt", "2026-11-20T10:15:30+08:00");
        meta.put("latitude", "22.5895");
        meta.put("longitude", "113.0817");
        meta.put("accuracy", "6.5");
        meta.put("device", "HUAWEI Mate 60 执法终端 07");
        upload.setMetadata(meta);
        return upload;
    }

    private static RequestSpecification tus() {
        return given().auth().oauth2(token()).header("Tus-Resumable", "1.0.0");
    }

    private static String metadata(Map<String, String> values) {
        StringBuilder header = new StringBuilder();
        values.forEach((k, v) -> header.append(header.length() == 0 ? "" : ",").append(k).append(' ')
                .append(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
        return header.toString();
    }

    private static String createRaw(UUID caseId, int length) {
        String location = tus().header("Upload-Length", length).header("Upload-Metadata", metadata(Map.of("caseId", caseId.toString())))
                .post(UPLOADS).then().statusCode(201).header("Tus-Resumable", "1.0.0").extract().header("Location");
        return location.substring(location.indexOf(UPLOADS));
    }

    @Test
    void aStockTusClientUploadsInSeveralRequestsAndTheFileIsKeptByItsHash() throws Exception {
        UUID caseId = create(vending(newParty()));
        byte[] bytes = photo(3 * 1024 * 1024 + 123, 1);
        TusUploader uploader = client().resumeOrCreateUpload(upload(bytes, caseId, "whole"));
        uploader.setChunkSize(64 * 1024);
        uploader.setRequestPayloadSize(1024 * 1024);
        int requests = 0;
        while (uploader.uploadChunk() > -1) {
            requests++;
        }
        uploader.finish();
        assertTrue(requests >= 4, "the file went up in several requests: " + requests);

        String expected = sha256(bytes);
        String evidenceId = officer().get(CASES + caseId + "/evidence").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].complete", equalTo(true)).body("items[0].sha256", equalTo(expected))
                .body("items[0].kind", equalTo("PHOTO")).body("items[0].step", equalTo("RECORDED"))
                .body("items[0].device", equalTo("HUAWEI Mate 60 执法终端 07"))
                .body("items[0].accuracyM", equalTo(6.5f))
                .body("items[0].capturedAt", equalTo("2026-11-20T10:15:30+08:00"))
                .extract().path("items[0].id");
        byte[] downloaded = officer().get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(200)
                .header("ETag", "\"" + expected + "\"").extract().asByteArray();
        assertArrayEquals(bytes, downloaded);
        officer().get(CASES + caseId + "/record").then().body("entries.action", hasItem("EVIDENCE_ATTACHED"))
                .body("entries.find { it.action == 'EVIDENCE_ATTACHED' }.detail.sha256", equalTo(expected));
        officer().post(CASES + caseId + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("filesChecked", equalTo(1));
    }

    @Test
    void anUploadCutOffMidRequestResumesFromWhatArrived() throws Exception {
        UUID caseId = create(vending(newParty()));
        byte[] bytes = photo(2 * 1024 * 1024, 2);
        TusClient client = client();
        TusUpload upload = upload(bytes, caseId, "cut");
        String path = client.createUpload(upload).getUploadURL().getPath();

        // The rural link drops after 700 KB of a 2 MB request.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token()
                    + "\r\nTus-Resumable: 1.0.0\r\nX-HTTP-Method-Override: PATCH\r\nUpload-Offset: 0\r\n"
                    + "Content-Type: application/offset+octet-stream\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, 700 * 1024);
            out.flush();
            Thread.sleep(1500);
        }
        long kept = 0;
        for (int i = 0; i < 50 && kept == 0; i++) {
            Thread.sleep(100);
            kept = Long.parseLong(tus().head(path).then().statusCode(200).header("Cache-Control", "no-store")
                    .extract().header("Upload-Offset"));
        }
        assertTrue(kept > 0 && kept <= 700 * 1024, "what arrived before the cut is kept: " + kept);

        TusUploader resumed = client.resumeUpload(upload);
        assertEquals(kept, resumed.getOffset(), "the client resumes where the service stands");
        resumed.setRequestPayloadSize(512 * 1024);
        while (resumed.uploadChunk() > -1) {
            // the rest, from the offset on
        }
        resumed.finish();
        officer().get(CASES + caseId + "/evidence").then().body("items[0].complete", equalTo(true))
                .body("items[0].sha256", equalTo(sha256(bytes)));
    }

    @Test
    void aRequestWhoseChecksumDoesNotMatchIsDiscarded() throws Exception {
        UUID caseId = create(vending(newParty()));
        byte[] bytes = photo(100_000, 3);
        String path = createRaw(caseId, bytes.length);
        String wrong = "sha1 " + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(new byte[] { 1 }));
        tus().header("Upload-Offset", 0).header("Upload-Checksum", wrong).contentType("application/offset+octet-stream")
                .body(bytes).patch(path).then().statusCode(460).body("type", equalTo("/problems/checksum-mismatch"));
        tus().head(path).then().header("Upload-Offset", "0");
        tus().header("Upload-Offset", 0).header("Upload-Checksum", "md4 AAAA").contentType("application/offset+octet-stream")
                .body(bytes).patch(path).then().statusCode(400);
        String right = "sha256 " + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        tus().header("Upload-Offset", 0).header("Upload-Checksum", right).contentType("application/offset+octet-stream")
                .body(bytes).patch(path).then().statusCode(204).header("Upload-Offset", String.valueOf(bytes.length));
    }

    @Test
    void theProtocolIsHeldToItsRules() {
        UUID caseId = create(vending(newParty()));
        given().options(UPLOADS).then().statusCode(204).header("Tus-Version", "1.0.0")
                .header("Tus-Extension", "creation,checksum").header("Tus-Max-Size", "1073741824")
                .header("Tus-Checksum-Algorithm", containsString("sha256"));
        tus().header("Upload-Length", 2_000_000_000L).header("Upload-Metadata", metadata(Map.of("caseId", caseId.toString())))
                .post(UPLOADS).then().statusCode(413).body("type", equalTo("/problems/too-large"));
        given().auth().oauth2(token()).header("Upload-Length", 10).header("Upload-Metadata", metadata(Map.of("caseId", caseId.toString())))
                .post(UPLOADS).then().statusCode(412).body("tusVersion", equalTo("1.0.0"));
        tus().header("Upload-Length", 10).post(UPLOADS).then().statusCode(400);
        tus().header("Upload-Length", "ten").header("Upload-Metadata", metadata(Map.of("caseId", caseId.toString())))
                .post(UPLOADS).then().statusCode(400);
        tus().header("Upload-Length", 10).header("Upload-Metadata", "caseId !!!").post(UPLOADS).then().statusCode(400);
        tus().header("Upload-Length", 10).header("Upload-Metadata", metadata(Map.of("caseId", UUID.randomUUID().toString())))
                .post(UPLOADS).then().statusCode(404);

        String path = createRaw(caseId, 10);
        tus().header("Upload-Offset", 5).contentType("application/offset+octet-stream").body(new byte[5]).patch(path)
                .then().statusCode(409).body("uploadOffset", equalTo(0));
        tus().header("Upload-Offset", 0).contentType("application/json").body("{}").patch(path).then().statusCode(415);
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(new byte[11]).patch(path)
                .then().statusCode(413);
        tus().head(path).then().header("Upload-Offset", "0");
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(new byte[10]).patch(path)
                .then().statusCode(204).header("Upload-Offset", "10");
        tus().header("Upload-Offset", 10).contentType("application/offset+octet-stream").body(new byte[1]).patch(path)
                .then().statusCode(409);
        tus().head(UPLOADS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void thePhoneMayNameItsUploadSoARetriedCreationIsTheSameUpload() {
        UUID caseId = create(vending(newParty()));
        UUID id = UUID.randomUUID();
        String meta = metadata(Map.of("caseId", caseId.toString(), "id", id.toString()));
        tus().header("Upload-Length", 10).header("Upload-Metadata", meta).post(UPLOADS).then().statusCode(201)
                .header("Location", containsString(id.toString()));
        tus().header("Upload-Length", 10).header("Upload-Metadata", meta).post(UPLOADS).then().statusCode(201)
                .header("Location", containsString(id.toString()));
        tus().header("Upload-Length", 11).header("Upload-Metadata", meta).post(UPLOADS).then().statusCode(409);
        officer().get(CASES + caseId + "/evidence").then().body("items", hasSize(1));
    }

    @Test
    void anAlteredFileIsFoundByTheRecordsVerification() throws Exception {
        UUID caseId = create(vending(newParty()));
        byte[] bytes = photo(300_000, 4);
        String path = createRaw(caseId, bytes.length);
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(bytes).patch(path).then().statusCode(204);
        String sha = sha256(bytes);
        alterStoredFile(sha);
        officer().post(CASES + caseId + "/record/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(null))
                .body("fileFaults[0].sha256", equalTo(sha)).body("fileFaults[0].reason", containsString("file altered"));
    }

    /** Changes one byte of the stored file behind the service's back. */
    protected void alterStoredFile(String sha) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("update upload_piece set data = overlay(data placing '\\x00'::bytea from 10 for 1)"
                    + " where upload_id = (select upload_id from evidence_blob where sha256 = '" + sha + "') and start_offset = 0");
        }
    }

    /** Whether the piece's bytes are where this store keeps them: in the ledger row here. */
    protected boolean storedWhereExpected(byte[] data, String objectKey) {
        return data != null && objectKey == null;
    }

    /** Whether anything still holds the bytes of a piece that was dropped. */
    protected boolean bytesRemain(String objectKey) {
        return false;
    }

    /** The objects the store holds for an upload (none where the bytes are in ledger rows). */
    protected List<String> objectsOf(UUID uploadId) throws Exception {
        return List.of();
    }

    private List<String> pieces(UUID uploadId) throws Exception {
        List<String> pieces = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select data, object_key from upload_piece where upload_id = ? order by start_offset")) {
            s.setObject(1, uploadId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pieces.add(rs.getString(2));
                    assertTrue(storedWhereExpected(rs.getBytes(1), rs.getString(2)), "a piece is kept where the configured store keeps it");
                }
            }
        }
        return pieces;
    }

    private UUID filedFrom(String sha) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select upload_id from evidence_blob where sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the file is filed by its hash");
                return rs.getObject(1, UUID.class);
            }
        }
    }

    @Test
    void aPhotoIsWrittenOnceItsPiecesBecomingTheFileAndTheSameBytesAreKeptOnce() throws Exception {
        byte[] bytes = photo(2 * 1024 * 1024 + 17, 5);
        String sha = sha256(bytes);
        UUID firstCase = create(vending(newParty()));
        String first = createRaw(firstCase, bytes.length);
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(bytes).patch(first).then().statusCode(204);
        UUID firstId = UUID.fromString(first.substring(first.lastIndexOf('/') + 1));
        assertEquals(firstId, filedFrom(sha), "the upload's own pieces are the file: nothing was copied");
        assertEquals(3, pieces(firstId).size(), "2 MiB and 17 bytes in pieces of 1 MiB");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from evidence_blob_piece where sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no second copy of the bytes");
            }
        }

        UUID secondCase = create(vending(newParty()));
        String second = createRaw(secondCase, bytes.length);
        UUID secondId = UUID.fromString(second.substring(second.lastIndexOf('/') + 1));
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(bytes).patch(second).then().statusCode(204);
        assertEquals(firstId, filedFrom(sha), "the bytes filed first stay the file");
        assertEquals(List.of(), pieces(secondId), "the same bytes uploaded again are not kept twice");
        assertEquals(List.of(), objectsOf(secondId), "nor their objects");
        assertEquals(pieces(firstId).stream().filter(java.util.Objects::nonNull).toList(), objectsOf(firstId),
                "the file's objects are the ones its pieces name");
        String evidenceId = officer().get(CASES + secondCase + "/evidence").then().body("items[0].sha256", equalTo(sha))
                .extract().path("items[0].id");
        assertArrayEquals(bytes, officer().get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(200).extract().asByteArray());
        officer().post(CASES + secondCase + "/record/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aChecksumMismatchDropsThatRequestsPiecesWherePutAndKeepsEarlierOnes() throws Exception {
        UUID caseId = create(vending(newParty()));
        byte[] bytes = photo(1024 * 1024 + 5000, 6);
        String path = createRaw(caseId, bytes.length);
        UUID uploadId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        byte[] firstPart = java.util.Arrays.copyOf(bytes, 1024 * 1024);
        tus().header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(firstPart).patch(path).then().statusCode(204);
        List<String> kept = pieces(uploadId);
        assertEquals(1, kept.size());
        String wrong = "sha256 " + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(new byte[] { 1 }));
        byte[] rest = java.util.Arrays.copyOfRange(bytes, 1024 * 1024, bytes.length);
        tus().header("Upload-Offset", 1024 * 1024).header("Upload-Checksum", wrong).contentType("application/offset+octet-stream")
                .body(rest).patch(path).then().statusCode(460);
        assertEquals(kept, pieces(uploadId), "the earlier request's piece stays, the refused one is gone");
        tus().header("Upload-Offset", 1024 * 1024).contentType("application/offset+octet-stream").body(rest).patch(path).then().statusCode(204);
        List<String> whole = pieces(uploadId);
        assertEquals(2, whole.size());
        officer().get(CASES + caseId + "/evidence").then().body("items[0].sha256", equalTo(sha256(bytes)));
        for (String key : whole) {
            if (key != null) {
                assertTrue(bytesRemain(key), "the object a piece names is there: " + key);
            }
        }
    }

    @Test
    void onlyOfficersOfTheCasesJurisdictionUpload() {
        UUID caseId = create(vending(newParty()));
        String path = createRaw(caseId, 10);
        String meta = metadata(Map.of("caseId", caseId.toString()));
        given().header("Tus-Resumable", "1.0.0").header("Upload-Length", 10).header("Upload-Metadata", meta).post(UPLOADS)
                .then().statusCode(401);
        given().auth().oauth2(Tokens.of(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", 10).header("Upload-Metadata", meta).post(UPLOADS).then().statusCode(403);
        RequestSpecification encheng = given().auth().oauth2(Tokens.of(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER))
                .header("Tus-Resumable", "1.0.0");
        encheng.header("Upload-Length", 10).header("Upload-Metadata", meta).post(UPLOADS).then().statusCode(404);
        given().auth().oauth2(Tokens.of(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER)).header("Tus-Resumable", "1.0.0")
                .head(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(new byte[10]).patch(path)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(AgencyFixture.ENCHENG_OFFICER, Roles.OFFICER)).get(CASES + caseId + "/evidence")
                .then().statusCode(404);
    }
}
