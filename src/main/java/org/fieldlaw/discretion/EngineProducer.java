package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.fieldlaw.discretion.model.DiscretionEngine;
import org.fieldlaw.discretion.model.EngineSettings;
import org.fieldlaw.discretion.model.TierBands;

/** The engine, built once from configuration. */
@ApplicationScoped
public class EngineProducer {

    // Singleton, not application-scoped: the engine is a final plain class that cannot be proxied.
    @Produces
    @Singleton
    DiscretionEngine engine(DiscretionConfig config) {
        return new DiscretionEngine(new EngineSettings(TierBands.defaults(), config.suggestedPosition(),
                config.repeatThreshold(), config.limitationYears(), config.longLimitationYears()));
    }
}
