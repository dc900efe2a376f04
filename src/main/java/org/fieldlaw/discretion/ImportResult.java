package org.fieldlaw.discretion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.UUID;

/** What became of a bundle: landed now, or already landed before (the same signed bytes, or the same document signed again). */
@RegisterForReflection
public record ImportResult(BundleImportAudit.Outcome outcome, UUID bundleId, String authorityCode, String baselineName,
        int version, LocalDate effectiveFrom, int violations, Integer rows, String digest) {
}
