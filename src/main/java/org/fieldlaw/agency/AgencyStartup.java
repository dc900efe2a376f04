package org.fieldlaw.agency;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After Flyway: load the shipped reference data, then the demo data where configured. */
@ApplicationScoped
public class AgencyStartup {

    void onStart(@Observes StartupEvent event, ReferenceDataLoader reference, DemoData demo,
            JurisdictionDirectory directory, @ConfigProperty(name = "fieldlaw.agency.demo-data") boolean demoData) {
        reference.load();
        directory.invalidate();
        if (demoData) {
            demo.load();
        }
    }
}
