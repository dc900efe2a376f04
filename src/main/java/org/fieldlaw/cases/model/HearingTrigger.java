package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;

/**
 * When the party must be told of the right to a hearing (APL Art 63): a large fine (Jiangmen's
 * city-management practice: 5,000 yuan or more for a person, 100,000 or more for an organisation,
 * configurable per field), licence revocation, closure and the like.
 */
public final class HearingTrigger {

    public record Thresholds(BigDecimal person, BigDecimal organisation) {
    }

    private static final Set<PenaltyType> ALWAYS = Set.of(PenaltyType.REVOKE_LICENCE, PenaltyType.SUSPEND_BUSINESS,
            PenaltyType.SUSPEND_LICENCE, PenaltyType.CONFISCATE_BUILDING);

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
    public Optional<String> reason(String field, PartyKind party, BigDecimal fine, Set<PenaltyType> types) {
        for (PenaltyType t : types) {
            if (ALWAYS.contains(t)) {
                return Optional.of(t.zh() + "：应告知听证权利 (APL Art 63)");
            }
        }
        if (fine == null) {
            return Optional.empty();
        }
        Thresholds t = byField.getOrDefault(field, defaults);
        BigDecimal threshold = party == PartyKind.PERSON ? t.person() : t.organisation();
        if (fine.compareTo(threshold) >= 0) {
            return Optional.of("较大数额罚款（" + fine.toPlainString() + " 元，不低于 " + threshold.toPlainString()
                    + " 元）：应告知听证权利 (APL Art 63)");
        }
        return Optional.empty();
    }
}
