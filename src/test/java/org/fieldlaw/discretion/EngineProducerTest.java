package org.fieldlaw.discretion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldlaw.discretion.model.Tier;
import org.fieldlaw.discretion.model.TierBands;
import org.fieldlaw.discretion.model.TierBands.Band;
import org.junit.jupiter.api.Test;

/** The tier bands are the bureau's figures (fieldlaw.discretion.bands.*): the defaults are the published method, any may change. */
class EngineProducerTest {

    /** The defaults the mapping declares, with 一般 of a maximum-only standard moved to 50%–70%. */
    static DiscretionConfig.Bands bands(String maximumGeneral) {
        return new DiscretionConfig.Bands() {
            public String maximumMitigated() { return "0..0.1"; }
            public String maximumLighter() { return "0..0.2"; }
            public String maximumGeneral() { return maximumGeneral; }
            public String maximumHeavier() { return "0.6..1"; }
            public String rangeMitigated() { return "0..1"; }
            public String rangeLighter() { return "0..0.3"; }
            public String rangeGeneral() { return "0.3..0.7"; }
            public String rangeHeavier() { return "0.7..1"; }
        };
    }

    @Test
    void theConfiguredBandsReplaceTheDefaults() {
        // before, EngineProducer always used TierBands.defaults() whatever the configuration said
        TierBands configured = EngineProducer.bands(bands("0.5..0.7"));
        assertEquals(Band.of("0.5", "0.7"), configured.ofMaximum(Tier.GENERAL));
        assertEquals(TierBands.defaults().ofRange(Tier.GENERAL), configured.ofRange(Tier.GENERAL));
    }

    @Test
    void aBandWrittenWrongStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> EngineProducer.bands(bands("0.5-0.7")));
        assertThrows(IllegalArgumentException.class, () -> EngineProducer.bands(bands("0.7..0.5")));
        assertThrows(IllegalArgumentException.class, () -> EngineProducer.bands(bands("0..1.2")));
    }
}
