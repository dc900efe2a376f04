package org.fieldlaw.evidence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.records.RecordRef;

/**
 * A feature whose records take evidence (a case, a patrol's site visit) registers one bean of this
 * type per kind of owner. Evidence asks it whether the caller may see an owner, whether the owner
 * still takes files, at which step a file is taken, and on which full-process record the file's
 * line goes; evidence knows nothing else of the feature.
 */
public interface EvidenceOwner {

    /** The kind stored with each file (e.g. CASE). */
    String kind();

    /** The tus Upload-Metadata key that names an owner of this kind (e.g. caseId). */
    String metadataKey();

    /** Inside a transaction: the owner as the caller may see it; an {@code ApiException} (404) when the caller may not. */
    Owner visible(UUID id);

    /** What a file's line on a record says of the owner it was uploaded for, beside the file itself. */
    default Map<String, ?> describe(UUID id) {
        return Map.of();
    }

    /**
     * An owner as evidence needs it.
     *
     * @param record       where a complete file's line goes
     * @param open         whether the owner still takes files (a closed case does not)
     * @param currentStep  the step a file is taken at when the upload names none
     * @param steps        the steps an upload may name; empty when every file is taken at {@code currentStep}
     * @param sharedWith   other owners a new file belongs to at once (a visit's photo is the evidence of the case its site became)
     */
    record Owner(RecordRef record, boolean open, String currentStep, Set<String> steps, List<OwnerRef> sharedWith) {
    }
}
