package org.fieldlaw.discretion;

import static org.fieldlaw.testing.AgencyFixture.CITY_BUREAU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bureau that publishes at a URL: fetched, then held to the same checks and audit as a posted bundle. */
@QuarkusTest
class BundlePullTest {

    @Inject
    BundlePuller puller;

    @Inject
    Bureaus bureaus;

    HttpServer server;
    final AtomicReference<String> served = new AtomicReference<>();

    @BeforeEach
    void bureauSite() throws Exception {
        bureaus.ensureSampleBaselines();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/baseline.jws", exchange -> {
            byte[] body = served.get() == null ? new byte[0] : served.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(served.get() == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void close() {
        server.stop(0);
    }

    PullConfig.Source source(UUID body) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/baseline.jws");
        return new PullConfig.Source() {
            @Override
            public UUID bodyId() {
                return body;
            }

            @Override
            public URI url() {
                return url;
            }
        };
    }

    /** The sample city baseline as version 2, in force only from 2099: no other test's dates reach it. */
    static String cityVersion2() {
        return Bureaus.resource("demo/jiangmen-city-baseline.json")
                .replace("\"version\": 1", "\"version\": 2").replace("\"effectiveFrom\": \"2025-01-01\"", "\"effectiveFrom\": \"2099-01-01\"");
    }

    @Test
    void aPublishedBundleIsPulledOnceAndRecognisedTheSecondTime() {
        served.set(bureaus.sign(CITY_BUREAU, cityVersion2()));
        BundlePuller.Outcome first = puller.pull("city", source(CITY_BUREAU));
        assertNull(first.failure(), first.failure());
        assertTrue(first.result().outcome() == BundleImportAudit.Outcome.IMPORTED
                || first.result().outcome() == BundleImportAudit.Outcome.DUPLICATE);
        assertEquals(2, first.result().version());
        BundlePuller.Outcome again = puller.pull("city", source(CITY_BUREAU));
        assertEquals(BundleImportAudit.Outcome.DUPLICATE, again.result().outcome());
    }

    @Test
    void aPulledBundleWithABadSignatureIsRefusedLikeAPostedOne() {
        served.set(Bureaus.sign(cityVersion2().replace("\"version\": 2", "\"version\": 3"), bureaus.of(CITY_BUREAU).kid(), Bureaus.rsa()));
        BundlePuller.Outcome outcome = puller.pull("city", source(CITY_BUREAU));
        assertNull(outcome.result());
        assertTrue(outcome.failure().contains("bad-signature"), outcome.failure());
    }

    @Test
    void anUnreachableOrEmptySourceIsReportedAndNothingBreaks() {
        served.set(null);
        BundlePuller.Outcome missing = puller.pull("city", source(CITY_BUREAU));
        assertTrue(missing.failure().contains("HTTP 404"), missing.failure());
        BundlePuller.Outcome unknownBody = puller.pull("nobody", source(UUID.randomUUID()));
        assertTrue(unknownBody.failure() != null);
    }
}
