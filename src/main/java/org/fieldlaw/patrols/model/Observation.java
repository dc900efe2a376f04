package org.fieldlaw.patrols.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one visit saw of a building: measured where it could be (null where not), and whether
 * work was going on. Areas in m², heights in metres.
 */
public record Observation(Instant at, Integer floors, BigDecimal floorArea, BigDecimal height, boolean constructionInProgress,
        boolean demolitionInProgress) {

    public Observation {
        if (floors != null && floors < 0) {
            throw new IllegalArgumentException("floors cannot be negative");
        }
        if (floorArea != null && floorArea.signum() < 0 || height != null && height.signum() < 0) {
            throw new IllegalArgumentException("area and height cannot be negative");
        }
    }
}
