package org.fieldlaw.discretion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.BaselineRow;
import org.fieldlaw.discretion.model.ListEntry;
import org.fieldlaw.discretion.model.PenaltyItem;
import org.fieldlaw.discretion.model.Range;
import org.fieldlaw.discretion.model.Violation;

/** The engine's model stays free of framework annotations; the native image learns of its JSON types here. */
@RegisterForReflection(targets = { Assessment.class, Assessment.AssessedPenalty.class, Assessment.Art37Comparison.class,
        Range.class, Violation.class, BaselineRow.class, ListEntry.class, PenaltyItem.class })
final class ModelReflection {

    private ModelReflection() {
    }
}
