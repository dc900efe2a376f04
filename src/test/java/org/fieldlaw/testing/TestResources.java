package org.fieldlaw.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the resources every @QuarkusTest shares (unrestricted, so Quarkus starts once for the
 * whole suite): a real PostgreSQL and the in-process OIDC server.
 */
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
