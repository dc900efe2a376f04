package org.fieldlaw.discretion;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After the agency register is loaded: listen for changes, then load the baselines once (the party history is read as assessed). */
@ApplicationScoped
public class DiscretionStartup {

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event, BaselineIndex index,
            BaselineChangeListener listener, PartyHistoryService history, DemoBaselines demo,
            @ConfigProperty(name = "fieldlaw.agency.demo-data") boolean demoData) {
        listener.start();
        index.reload();
        history.reload();
        if (demoData) {
            demo.load();
        }
    }
}
