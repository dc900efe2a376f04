package org.fieldlaw.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dev mode only: the in-process identity provider listens on a random port, so its address is
 * written to target/dev-oidc-url for bin/dev-token, and the way to get a token is logged.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevSignInHint {

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String url) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "dev-oidc-url"), url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            Log.warnf("Could not write target/dev-oidc-url: %s", e.getMessage());
        }
        Log.infof("Dev sign-in: TOKEN=$(bin/dev-token chen)  (identity provider at %s; users in README.md)", url);
    }
}
