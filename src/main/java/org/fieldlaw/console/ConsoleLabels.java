package org.fieldlaw.console;

import org.fieldlaw.cases.CaseDto.EventKind;
import org.fieldlaw.cases.CaseLabels;
import org.fieldlaw.cases.model.CaseState;

/** The Chinese names an officer reads for the procedure's states, deadlines and recorded facts: the cases module's own. */
final class ConsoleLabels {

    private ConsoleLabels() {
    }

    static String state(CaseState state) {
        return CaseLabels.state(state);
    }

    static String deadline(String kind) {
        return CaseLabels.deadline(kind);
    }

    static String event(EventKind kind) {
        return CaseLabels.event(kind);
    }

    static String recordAction(String action) {
        return CaseLabels.recordAction(action);
    }
}
