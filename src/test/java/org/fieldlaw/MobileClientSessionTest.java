package org.fieldlaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.fieldlaw.mobileclient.ApiClient;
import org.fieldlaw.mobileclient.api.CasesApi;
import org.fieldlaw.mobileclient.api.DiscretionBaselinesApi;
import org.fieldlaw.mobileclient.api.EvidenceUploadsApi;
import org.fieldlaw.mobileclient.api.OfficerProfileAndAuthorityApi;
import org.fieldlaw.mobileclient.api.PatrolsApi;
import org.fieldlaw.mobileclient.api.SitesApi;
import org.fieldlaw.mobileclient.api.SyncApi;
import org.fieldlaw.mobileclient.model.CasePartyInput;
import org.fieldlaw.mobileclient.model.CasePoint;
import org.fieldlaw.mobileclient.model.CaseRequest;
import org.fieldlaw.mobileclient.model.ChangePage;
import org.fieldlaw.mobileclient.model.DeviceRequest;
import org.fieldlaw.mobileclient.model.ObservationInput;
import org.fieldlaw.mobileclient.model.OfficerInput;
import org.fieldlaw.mobileclient.model.OfflineBundle;
import org.fieldlaw.mobileclient.model.Operation;
import org.fieldlaw.mobileclient.model.OperationKind;
import org.fieldlaw.mobileclient.model.OperationOutcome;
import org.fieldlaw.mobileclient.model.PatrolRequest;
import org.fieldlaw.mobileclient.model.PlaceInput;
import org.fieldlaw.mobileclient.model.PlanningArea;
import org.fieldlaw.mobileclient.model.Procedure;
import org.fieldlaw.mobileclient.model.Profile;
import org.fieldlaw.mobileclient.model.PushRequest;
import org.fieldlaw.mobileclient.model.PushResult;
import org.fieldlaw.mobileclient.model.ReportRequest;
import org.fieldlaw.mobileclient.model.SitePoint;
import org.fieldlaw.mobileclient.model.Source;
import org.fieldlaw.mobileclient.model.VisitResult;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A client generated from mobile-api-spec/openapi.yaml (openapi-generator, Java, into
 * target/ at build time) drives a whole field session: sign in, pull the baseline bundle, record a
 * case offline-style under the phone's id, upload evidence by tus, walk a patrol and report a site,
 * pull the changes.
 */
@QuarkusTest
class MobileClientSessionTest {

    @Inject
    Bureaus bureaus;

    private static ApiClient signedIn() {
        String token = Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
        ApiClient client = new ApiClient();
        client.setBasePath("http://127.0.0.1:" + RestAssured.port);
        client.setBearerToken(token);
        return client;
    }

    /** A header of the client's last response. */
    private static String header(ApiClient client, String name) {
        return client.getResponseHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    @Test
    void aFieldSessionThroughTheGeneratedClient() throws Exception {
        bureaus.ensureSampleBaselines();
        ApiClient client = signedIn();

        Profile me = new OfficerProfileAndAuthorityApi(client).getProfile();
        assertEquals(AgencyFixture.CASE_OFFICER_A_ID, me.getId());

        DiscretionBaselinesApi discretion = new DiscretionBaselinesApi(client);
        OfflineBundle whole = discretion.getBaselineBundle(null, null);
        assertTrue(!whole.getLayers().isEmpty(), "the baseline layers in force in 蓬江区");
        String etag = header(client, "ETag");
        // Next morning the phone asks for what it does not hold yet: nothing, every layer unchanged.
        OfflineBundle delta = discretion.getBaselineBundle(etag.replace("\"", ""), null);
        assertTrue(delta.getLayers().isEmpty());
        assertEquals(whole.getLayers().size(), delta.getUnchanged().size());

        SyncApi sync = new SyncApi(client);
        UUID device = UUID.randomUUID();
        sync.registerDevice(device, new DeviceRequest().name("执法终端 12").platform("HarmonyOS 4.2").appVersion("1.0.0"));
        String cursor = null;
        ChangePage page;
        do {
            page = sync.getChanges("1000", cursor);
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()));

        // A case recorded without signal, under the phone's own id, sent with the day's push.
        UUID caseId = UUID.randomUUID();
        CaseRequest vending = new CaseRequest().procedure(Procedure.GENERAL).source(Source.PATROL).violationCode("JM-CG-001")
                .place(new PlaceInput().code(AgencyFixture.BAISHA).address("白沙大道西 1 号（生成客户端）")
                        .point(new CasePoint().latitude(22.5895).longitude(113.0817).accuracyM(8.0)))
                .actDate(LocalDate.now().minusDays(2))
                .party(new CasePartyInput().kind("PERSON").name("张三").idNumber(CaseApi.newParty()))
                .officers(List.of(new OfficerInput().officerId(AgencyFixture.CASE_OFFICER_A_ID).investigator(true),
                        new OfficerInput().officerId(AgencyFixture.CASE_OFFICER_B_ID).investigator(true)))
                .summary("在人行道摆卖水果。");
        Operation create = new Operation().id(UUID.randomUUID()).kind(OperationKind.CASE_CREATE).targetId(caseId).body(client.getObjectMapper()
                .convertValue(vending, Map.class));
        PushResult pushed = sync.push(new PushRequest().deviceId(device).operations(List.of(create)));
        assertEquals(OperationOutcome.APPLIED, pushed.getResults().get(0).getOutcome());
        assertEquals(OperationOutcome.APPLIED, sync.push(new PushRequest().deviceId(device).operations(List.of(create))).getResults().get(0)
                .getOutcome(), "the resend replays the answer");
        assertEquals("JM-CG-001", new CasesApi(client).getCase(caseId, null).getViolationCode());

        // A photo for it, by tus: create, send, ask the offset.
        byte[] photo = new byte[200_000];
        new Random(12).nextBytes(photo);
        EvidenceUploadsApi uploads = new EvidenceUploadsApi(client);
        String metadata = "caseId " + b64(caseId.toString()) + ",filename " + b64("现场照片.jpg") + ",filetype " + b64("image/jpeg");
        uploads.createUpload("1.0.0", Integer.toString(photo.length), metadata);
        assertEquals(201, client.getStatusCode());
        String location = header(client, "Location");
        UUID upload = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        File file = File.createTempFile("evidence", ".jpg");
        file.deleteOnExit();
        Files.write(file.toPath(), photo);
        uploads.appendUpload(upload, "1.0.0", "0", file, null);
        uploads.getUploadOffset(upload, "1.0.0");
        assertEquals(Integer.toString(photo.length), header(client, "Upload-Offset"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertEquals(sha, uploads.listCaseEvidence(caseId).getItems().get(0).getSha256());

        // A patrol, and building seen on it.
        PatrolsApi patrols = new PatrolsApi(client);
        UUID patrol = UUID.randomUUID();
        patrols.putPatrol(patrol, new PatrolRequest().placeCode(AgencyFixture.BAISHA).plannedArea("白沙 东区")
                .officers(List.of(AgencyFixture.CASE_OFFICER_A_ID, AgencyFixture.CASE_OFFICER_B_ID))
                .startedAt(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1)));
        UUID site = UUID.randomUUID();
        VisitResult seen = new SitesApi(client).reportSite(new ReportRequest().siteId(site).visitId(UUID.randomUUID()).patrolId(patrol)
                .placeCode(AgencyFixture.BAISHA).address("白沙街道某村 21 号（生成客户端）").planningArea(PlanningArea.TOWNSHIP_OR_VILLAGE)
                .visitedAt(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20))
                .point(new SitePoint().latitude(21.35).longitude(112.05).accuracyM(5.0))
                .observation(new ObservationInput().kind("NEW_BUILDING").floors(1).floorArea(new BigDecimal("80"))
                        .constructionInProgress(true).permitStatus("NONE")));
        assertEquals(site, seen.getSite().getId());
        assertEquals(patrol, seen.getVisit().getPatrolId());

        // Back at the office: pull what changed.
        List<UUID> changed = new ArrayList<>();
        do {
            page = sync.getChanges("1000", cursor);
            page.getChanges().forEach(c -> changed.add(c.getId()));
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()));
        assertTrue(changed.containsAll(List.of(caseId, site, patrol)), changed.toString());
        assertNotNull(cursor);
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
