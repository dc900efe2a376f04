package org.fieldlaw.inspection;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.fieldlaw.inspection.model.Checklist;

/** The inspection's model stays free of framework annotations; the native image learns of its JSON types here. */
@RegisterForReflection(targets = { Checklist.Item.class })
final class ModelReflection {

    private ModelReflection() {
    }
}
