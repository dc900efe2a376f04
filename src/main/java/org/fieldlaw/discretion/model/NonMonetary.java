package org.fieldlaw.discretion.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A penalty or order with no amount: a warning, an order to demolish within a deadline, and the like. */
public record NonMonetary(String text) implements Standard {

    @Override
    public Computed compute(Map<String, BigDecimal> bases, Tier tier, TierBands bands) {
        return new Computed.NotMonetary(text);
    }

    @Override
    public Standard narrowedTo(Tier tier, TierBands bands) {
        return this;
    }

    @Override
    public Optional<String> refinementProblem(Standard parent) {
        return parent instanceof NonMonetary ? Optional.empty()
                : Optional.of("上级为罚款标准，细化不能改为非罚款 (the parent sets an amount)");
    }

    @Override
    public Optional<BigDecimal> ceiling(Map<String, BigDecimal> bases) {
        return Optional.of(BigDecimal.ZERO);
    }

    @Override
    public String describe() {
        return text;
    }
}
