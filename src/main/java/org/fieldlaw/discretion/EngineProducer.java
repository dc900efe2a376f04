package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.fieldlaw.discretion.model.DiscretionEngine;
import org.fieldlaw.discretion.model.EngineSettings;
import org.fieldlaw.discretion.model.Tier;
import org.fieldlaw.discretion.model.TierBands;
import org.fieldlaw.discretion.model.TierBands.Band;

/** The engine, built once from configuration. */
@ApplicationScoped
public class EngineProducer {

    // Singleton, not application-scoped: the engine is a final plain class that cannot be proxied.
    @Produces
    @Singleton
    DiscretionEngine engine(DiscretionConfig config) {
        return new DiscretionEngine(new EngineSettings(bands(config.bands()), config.suggestedPosition(),
                config.repeatThreshold(), config.limitationYears(), config.longLimitationYears()));
    }

    /** The tier bands as configured; a band written wrong stops the start, naming it. */
    static TierBands bands(DiscretionConfig.Bands b) {
        return new TierBands(
                Map.of(Tier.MITIGATED, Band.parse(b.maximumMitigated()), Tier.LIGHTER, Band.parse(b.maximumLighter()),
                        Tier.GENERAL, Band.parse(b.maximumGeneral()), Tier.HEAVIER, Band.parse(b.maximumHeavier())),
                Map.of(Tier.MITIGATED, Band.parse(b.rangeMitigated()), Tier.LIGHTER, Band.parse(b.rangeLighter()),
                        Tier.GENERAL, Band.parse(b.rangeGeneral()), Tier.HEAVIER, Band.parse(b.rangeHeavier())));
    }
}
