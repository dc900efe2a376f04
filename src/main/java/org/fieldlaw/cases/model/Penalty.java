package org.fieldlaw.cases.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fieldlaw.discretion.model.PenaltyType;

/**
 * A penalty as proposed, notified or decided: its types, the fine in yuan (null: none) and the value
 * of what is confiscated where it is known (null: not given).
 */
public record Penalty(BigDecimal fine, Set<PenaltyType> types, BigDecimal confiscatedValue) {

    public static final Penalty NONE = new Penalty(null, Set.of(), null);

    private static final Set<PenaltyType> CONFISCATION = EnumSet.of(PenaltyType.CONFISCATE_ILLEGAL_GAINS,
            PenaltyType.CONFISCATE_ILLEGAL_PROPERTY);

    public Penalty {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public boolean isEmpty() {
        return fine == null && types.isEmpty();
    }

    public boolean confiscates() {
        return types.stream().anyMatch(CONFISCATION::contains);
    }

    /**
     * How this penalty goes beyond {@code notified}, one line for each way (APL Arts 44, 45): a
     * higher fine, a fine where none was notified, a type the notice did not name, a confiscation of
     * higher value. Empty when it is no heavier. Dropping a type or lowering the fine is never heavier.
     */
    public List<String> heavierThan(Penalty notified) {
        List<String> beyond = new ArrayList<>();
        if (fine != null && fine.signum() > 0 && (notified.fine() == null || fine.compareTo(notified.fine()) > 0)) {
            beyond.add("罚款 " + fine.toPlainString() + " 元，告知 " + (notified.fine() == null ? "无罚款" : notified.fine().toPlainString() + " 元"));
        }
        for (PenaltyType t : types) {
            if (!notified.types().contains(t)) {
                beyond.add("增加处罚种类：" + t.zh());
            }
        }
        if (confiscatedValue != null && notified.confiscatedValue() != null && confiscatedValue.compareTo(notified.confiscatedValue()) > 0) {
            beyond.add("没收价值 " + confiscatedValue.toPlainString() + " 元，告知 " + notified.confiscatedValue().toPlainString() + " 元");
        }
        return beyond;
    }
}
