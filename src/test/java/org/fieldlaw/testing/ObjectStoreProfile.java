package org.fieldlaw.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The service with its evidence in an S3-compatible object store (s3proxy) instead of PostgreSQL. */
public class ObjectStoreProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3ProxyTestResource.class));
    }
}
