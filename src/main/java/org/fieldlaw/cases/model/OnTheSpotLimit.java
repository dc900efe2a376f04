package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;

/**
 * The on-the-spot (简易) procedure (APL Art 51): facts clear and a warning, or a fine of at most
 * 200 yuan for a person or 3,000 yuan for an organisation. Cash collected on the spot only up to
 * 100 yuan (APL Art 68). Figures are the law's; they are parameters so a test can name them.
 */
public record OnTheSpotLimit(BigDecimal personMax, BigDecimal organisationMax, BigDecimal cashMax) {

    public static OnTheSpotLimit statutory() {
        return new OnTheSpotLimit(new BigDecimal("200"), new BigDecimal("3000"), new BigDecimal("100"));
    }

    /** The only penalties the on-the-spot procedure may decide (APL Art 51): a warning, a fine within the limits. */
    public static final Set<PenaltyType> TYPES = Set.of(PenaltyType.WARNING, PenaltyType.FINE);

    /** Why the on-the-spot procedure is not open for these penalties, or empty when it is. */
    public Optional<String> typeRefusal(Set<PenaltyType> types) {
        List<String> others = types.stream().filter(t -> !TYPES.contains(t)).map(PenaltyType::zh).sorted().toList();
        return others.isEmpty() ? Optional.empty()
                : Optional.of("当场只能作出警告或者限额内的罚款，" + String.join("、", others) + " 应适用普通程序 (APL Art 51)");
    }

    /** Why the on-the-spot procedure is not open for this fine, or empty when it is (a warning alone: fine null). */
    public Optional<String> refusal(PartyKind party, BigDecimal fine) {
        if (fine == null || fine.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal max = party == PartyKind.PERSON ? personMax : organisationMax;
        if (fine.compareTo(max) > 0) {
            return Optional.of("罚款 " + fine.toPlainString() + " 元超过当场处罚上限 " + max.toPlainString() + " 元（"
                    + (party == PartyKind.PERSON ? "公民" : "法人或者其他组织") + "），应适用普通程序 (APL Art 51)");
        }
        return Optional.empty();
    }

    public boolean cashAllowed(BigDecimal fine) {
        return fine != null && fine.compareTo(cashMax) <= 0;
    }
}
