package org.fieldlaw.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.fieldlaw.cases.model.LatePayment;
import org.fieldlaw.cases.model.ProcedureGates;

/** The procedure's model stays free of framework annotations; the native image learns of its JSON types here. */
@RegisterForReflection(targets = { ProcedureGates.Refusal.class, LatePayment.Pause.class })
final class ModelReflection {

    private ModelReflection() {
    }
}
