package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;

/**
 * When the party must be told of the right to a hearing (APL Art 63): a large fine; confiscation
 * of illegal gains of a large amount or of property of large value; lowering a qualification grade
 * or revoking a permit; ordering suspension of production or business, closure, or restricting
 * practice; other heavy penalties. "Large" is Jiangmen's city-management practice (5,000 yuan or
 * more for a person, 100,000 or more for an organisation), configurable per field, and the same
 * figures judge a confiscation.
 */
public final class HearingTrigger {

    public record Thresholds(BigDecimal person, BigDecimal organisation) {
    }

    /**
     * Art 63 items 3 and 4, and the heavy penalties this code treats as "other" (item 5), the reading
     * that protects the party: suspending a licence, restricting business and confiscating a building
     * take away as much as revoking a licence or suspending business.
     */
    private static final Set<PenaltyType> ALWAYS = EnumSet.of(PenaltyType.LOWER_QUALIFICATION, PenaltyType.REVOKE_LICENCE,
            PenaltyType.SUSPEND_BUSINESS, PenaltyType.ORDER_CLOSURE, PenaltyType.RESTRICT_PRACTICE,
            PenaltyType.SUSPEND_LICENCE, PenaltyType.RESTRICT_BUSINESS, PenaltyType.CONFISCATE_BUILDING);

    private final Thresholds defaults;
    private final Map<String, Thresholds> byField;

    public HearingTrigger(Thresholds defaults, Map<String, Thresholds> byField) {
        this.defaults = defaults;
        this.byField = Map.copyOf(byField);
    }

    public static HearingTrigger jiangmenDefaults() {
        return new HearingTrigger(new Thresholds(new BigDecimal("5000"), new BigDecimal("100000")), Map.of());
    }

    /** The reason a hearing must be offered, or empty. */
    public Optional<String> reason(String field, PartyKind party, Penalty penalty) {
        for (PenaltyType t : penalty.types()) {
            if (ALWAYS.contains(t)) {
                return Optional.of(t.zh() + "：应告知听证权利 (APL Art 63)");
            }
        }
        Thresholds t = byField.getOrDefault(field, defaults);
        BigDecimal threshold = party == PartyKind.PERSON ? t.person() : t.organisation();
        if (penalty.fine() != null && penalty.fine().compareTo(threshold) >= 0) {
            return Optional.of("较大数额罚款（" + penalty.fine().toPlainString() + " 元，不低于 " + threshold.toPlainString()
                    + " 元）：应告知听证权利 (APL Art 63)");
        }
        if (penalty.confiscates()) {
            // A value not yet known could be large: the hearing is offered rather than risked.
            if (penalty.confiscatedValue() == null) {
                return Optional.of("没收违法所得或非法财物，价值未定：应告知听证权利 (APL Art 63)");
            }
            if (penalty.confiscatedValue().compareTo(threshold) >= 0) {
                return Optional.of("没收较大数额违法所得或较大价值非法财物（" + penalty.confiscatedValue().toPlainString() + " 元，不低于 "
                        + threshold.toPlainString() + " 元）：应告知听证权利 (APL Art 63)");
            }
        }
        return Optional.empty();
    }
}
