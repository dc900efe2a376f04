package org.fieldlaw.cases.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the procedure (行政处罚程序). Each state names the states that may follow
 * it; whether a transition is allowed now is decided by {@link ProcedureGates}.
 */
public enum CaseState {
    // on-the-spot procedure (简易程序, APL Arts 51–52)
    RECORDED,
    DECIDED_ON_THE_SPOT,
    // general procedure (普通程序)
    FILED,
    INVESTIGATING,
    PROPOSED,
    NOTIFIED,
    HEARING,
    LEGAL_REVIEW,
    COLLECTIVE_DISCUSSION,
    DECIDED,
    // both
    SERVED,
    PAID,
    ENFORCED,
    NO_PENALTY,
    TRANSFERRED,
    WITHDRAWN,
    CLOSED;

    public Set<CaseState> next() {
        return switch (this) {
            case RECORDED -> EnumSet.of(DECIDED_ON_THE_SPOT, FILED, NO_PENALTY, TRANSFERRED, WITHDRAWN);
            case DECIDED_ON_THE_SPOT -> EnumSet.of(SERVED);
            case FILED -> EnumSet.of(INVESTIGATING, TRANSFERRED, WITHDRAWN);
            case INVESTIGATING -> EnumSet.of(PROPOSED, NO_PENALTY, TRANSFERRED, WITHDRAWN);
            case PROPOSED -> EnumSet.of(NOTIFIED, INVESTIGATING);
            case NOTIFIED -> EnumSet.of(PROPOSED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION, DECIDED, NO_PENALTY);
            case HEARING -> EnumSet.of(LEGAL_REVIEW, COLLECTIVE_DISCUSSION, DECIDED, NO_PENALTY);
            case LEGAL_REVIEW -> EnumSet.of(COLLECTIVE_DISCUSSION, DECIDED, INVESTIGATING);
            case COLLECTIVE_DISCUSSION -> EnumSet.of(DECIDED, NO_PENALTY);
            case DECIDED -> EnumSet.of(SERVED);
            case SERVED -> EnumSet.of(PAID, ENFORCED, CLOSED);
            case PAID, ENFORCED, NO_PENALTY, TRANSFERRED, WITHDRAWN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseState.class);
        };
    }
}
