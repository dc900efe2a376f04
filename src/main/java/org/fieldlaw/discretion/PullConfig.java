package org.fieldlaw.discretion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Bureaus that publish their bundles at a URL instead of posting them: the service fetches each
 * on a schedule and imports it under the same rules as a posted bundle.
 * {@code fieldlaw.discretion.pull.sources."jiangmen".body-id=…} and {@code ….url=https://…}.
 */
@ConfigMapping(prefix = "fieldlaw.discretion.pull")
public interface PullConfig {

    /** How often the sources are fetched (the scheduler's syntax: 15m, 1h …). */
    @WithDefault("15m")
    String every();

    Map<String, Source> sources();

    interface Source {
        /** The bureau (enforcement body) whose registered keys must have signed the bundle. */
        UUID bodyId();

        /** Where the bureau publishes its current bundle as a compact JWS. */
        URI url();
    }
}
