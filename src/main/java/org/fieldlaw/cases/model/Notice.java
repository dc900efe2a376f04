package org.fieldlaw.cases.model;

import java.time.LocalDate;

/**
 * The notice of the proposed penalty (行政处罚事先告知, APL Art 44) as the party received it: the day
 * it was served (null: not served), the penalty it named, whether it offered a hearing (Art 63), and
 * what the party did with it.
 */
public record Notice(LocalDate servedOn, Penalty penalty, boolean hearingOffered, boolean waived, boolean defenceMade) {

    public static final Notice NONE = new Notice(null, Penalty.NONE, false, false, false);

    public Notice {
        penalty = penalty == null ? Penalty.NONE : penalty;
    }

    public boolean served() {
        return servedOn != null;
    }
}
