package org.fieldlaw.discretion;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.OncePerPeriod;

/**
 * Fetches the bundles of the configured bureaus on a schedule and lands them through
 * {@link BundleImportService}: the same signature, scope, version and refinement checks as a
 * posted bundle, the same audit. A source that fails is logged and tried again next time.
 */
@ApplicationScoped
public class BundlePuller {

    /** What one fetch came to: a landing, a repeat, or why not. */
    public record Outcome(String source, ImportResult result, String failure) {
    }

    private static final int MAX_BYTES = 8 * 1024 * 1024;

    private final PullConfig config;
    private final BundleImportService imports;
    private final AgencyRegister register;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final OncePerPeriod once;

    BundlePuller(PullConfig config, BundleImportService imports, AgencyRegister register, OncePerPeriod once) {
        this.once = once;
        this.config = config;
        this.imports = imports;
        this.register = register;
    }

    @Scheduled(every = "${fieldlaw.discretion.pull.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pullAll() {
        // one replica fetches per period; the others hear of what landed by NOTIFY (BaselineChangeListener)
        if (config.sources().isEmpty() || !once.claim("bundle-pull", config.every())) {
            return;
        }
        for (Map.Entry<String, PullConfig.Source> source : config.sources().entrySet()) {
            pull(source.getKey(), source.getValue());
        }
    }

    public Outcome pull(String name, PullConfig.Source source) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(source.url()).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/jose").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return failed(name, "HTTP " + response.statusCode() + " from " + source.url());
            }
            if (response.body().length() > MAX_BYTES) {
                return failed(name, "bundle larger than " + MAX_BYTES + " bytes");
            }
            ImportResult result = imports.importBundle(source.bodyId(), jurisdictionOf(source), response.body());
            Log.infof("Bundle pulled from %s (%s): %s, version %d", name, source.url(), result.outcome(), result.version());
            return new Outcome(name, result, null);
        } catch (ApiException e) {
            return failed(name, e.type().uri() + ": " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return failed(name, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, "interrupted");
        }
    }

    @Transactional
    String jurisdictionOf(PullConfig.Source source) {
        return register.body(source.bodyId()).map(RegisteredBody::jurisdictionCode)
                .orElseThrow(() -> new IllegalArgumentException("no enforcement body " + source.bodyId()));
    }

    private static Outcome failed(String name, String why) {
        Log.warnf("Bundle pull from %s failed: %s", name, why);
        return new Outcome(name, null, why);
    }
}
