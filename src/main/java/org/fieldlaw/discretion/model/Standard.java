package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The concrete standard of one penalty in a baseline row: a fixed range, a percentage or a
 * multiple of a named base, a maximum only, or no amount at all.
 */
public sealed interface Standard permits FixedRange, PercentageOfBase, MultipleOfBase, MaximumOnly, NonMonetary {

    /** The range this standard allows for a case with these bases, at this tier. */
    Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands);

    /** The narrower standard of the same kind a tier takes from this statutory one. */
    Standard narrowedTo(Tier tier, TierBands bands);

    /**
     * Why this standard does not lie inside {@code parent} (same kind, same base, within every
     * bound), or empty when it does: the county refinement rule.
     */
    Optional<String> refinementProblem(Standard parent);

    /** For comparing two outcomes (APL Art 37): the most this standard can ever impose, where bounded. */
    Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases);

    String describe();
}
