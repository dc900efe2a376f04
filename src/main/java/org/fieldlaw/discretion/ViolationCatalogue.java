package org.fieldlaw.discretion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.fieldlaw.discretion.model.Violation;

/**
 * Which violation a code names at a place: as the baseline in force on the act date describes it,
 * or, for an act older than every baseline, as today's baseline does (the case is still recorded,
 * and APL Art 36 may then end it).
 */
@ApplicationScoped
public class ViolationCatalogue {

    private final BaselineIndex index;
    private final Clock clock;

    ViolationCatalogue(BaselineIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public Optional<Violation> violationOf(String placeCode, LocalDate actDate, String code) {
        Optional<Violation> atAct = index.resolve(placeCode, actDate).flatMap(r -> r.baseline().violation(code));
        if (atAct.isPresent()) {
            return atAct;
        }
        return index.resolve(placeCode, LocalDate.now(clock)).flatMap(r -> r.baseline().violation(code));
    }
}
