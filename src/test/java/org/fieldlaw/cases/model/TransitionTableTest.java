package org.fieldlaw.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of states: a step the procedure does not list is refused as out of order, one it lists is not. */
class TransitionTableTest {

    /** Facts that satisfy every other gate, so only the order of the procedure can refuse. */
    private static CaseFacts passing(CaseState to) {
        FactsBuilder facts = ProcedureGatesTest.facts().educationRecorded(true).proposedFine("120").noticedFine("120");
        if (to == CaseState.DECIDED_ON_THE_SPOT) {
            facts.onTheSpot(true);
        }
        if (to == CaseState.HEARING) {
            facts.proposedFine("6000").noticedFine("6000").notifiedOn(ProcedureGatesTest.TODAY.minusDays(1))
                    .hearingRequested(true, ProcedureGatesTest.TODAY);
        }
        return facts.build();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(CaseState.class)
    void onlyTheListedNextStepsAreOpen(CaseState from) {
        List<String> wrong = new ArrayList<>();
        for (CaseState to : CaseState.values()) {
            List<String> gates = ProcedureGatesTest.gates(from, to, passing(to));
            boolean listed = from.next().contains(to);
            if (listed && !gates.isEmpty() || !listed && !gates.equals(List.of("transition"))) {
                wrong.add(from + " > " + to + ": " + gates);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseState.class)
    void everyStateButClosedLeadsOnAndClosedIsReachedFromEveryEnd(CaseState state) {
        assertFalse(state.next().contains(state), "no step to the same state");
        if (state == CaseState.CLOSED) {
            assertTrue(state.next().isEmpty());
            return;
        }
        assertFalse(state.next().isEmpty());
        Set<CaseState> reachable = EnumSet.noneOf(CaseState.class);
        List<CaseState> pending = new ArrayList<>(List.of(state));
        while (!pending.isEmpty()) {
            CaseState s = pending.remove(pending.size() - 1);
            for (CaseState n : s.next()) {
                if (reachable.add(n)) {
                    pending.add(n);
                }
            }
        }
        assertTrue(reachable.contains(CaseState.CLOSED), state + " can reach CLOSED");
    }
}
