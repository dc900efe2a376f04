package org.fieldlaw.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * For tests of the packaged service, which runs in a process of its own where the test fixtures cannot reach:
 * it loads the demo register and baselines at start, as dev mode does.
 */
public class DemoDataResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("fieldlaw.agency.demo-data", "true");
    }

    @Override
    public void stop() {
    }
}
