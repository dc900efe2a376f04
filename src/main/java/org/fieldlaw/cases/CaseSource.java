package org.fieldlaw.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the case came to the body's notice (案件来源). */
@Schema(name = "Source")
public enum CaseSource {
    PATROL, COMPLAINT, REFERRAL, INSPECTION
}
