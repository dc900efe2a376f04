package org.fieldlaw.records;

/**
 * Every action a full-process record (全过程记录) names, in one list, so that a reader of any
 * record (an inspector, a court) meets one vocabulary. The names are stored in each line and
 * covered by its hash: they never change once used.
 */
public final class RecordActions {

    // --- any owner
    /** A file of evidence joined the owner; the detail names its SHA-256, which verification re-hashes. */
    public static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";

    /** An enforcement document was issued; the detail names its number and the SHA-256 of the signed file, which verification re-hashes. */
    public static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";
    /** An issued document was served (送达): how, when, to whom. */
    public static final String DOCUMENT_SERVED = "DOCUMENT_SERVED";

    // --- cases
    /** The case was recorded (its first line); the detail carries the digest of the request it was made from. */
    public static final String CREATED = "CREATED";
    /** The facts were changed before a penalty was proposed; the detail holds before and after. */
    public static final String EDITED = "EDITED";
    /** Someone saw the party's personal data in full. */
    public static final String PERSONAL_DATA_VIEWED = "PERSONAL_DATA_VIEWED";
    /** The case was opened from an illegal-construction site; the site's visits and alarms follow. */
    public static final String FROM_SITE = "FROM_SITE";
    /** The decision was published (执法公示). */
    public static final String PUBLISHED = "PUBLISHED";
    /** A published decision came down because it was revoked or changed. */
    public static final String PUBLICATION_WITHDRAWN = "PUBLICATION_WITHDRAWN";
    /** Prefix of a step of the procedure: {@code STEP_} and the state entered, e.g. STEP_FILED. */
    public static final String STEP_PREFIX = "STEP_";
    /** Prefix of a fact recorded without a step: {@code EVENT_} and its kind, e.g. EVENT_DEFENCE. */
    public static final String EVENT_PREFIX = "EVENT_";

    // --- illegal-construction sites (and the case a site became)
    /** A patrol reported the site (its first line). */
    public static final String REPORTED = "REPORTED";
    /** Officers visited the site and recorded what they saw. */
    public static final String VISITED = "VISITED";
    /** The site moved to another status (stop order, demolition order …). */
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    /** The service found from two visits that building went on under an order (边执法边违建). */
    public static final String CONTINUED_BUILDING_ALARM = "CONTINUED_BUILDING_ALARM";
    /** A supervisor acknowledged such an alarm. */
    public static final String ALARM_ACKNOWLEDGED = "ALARM_ACKNOWLEDGED";
    /** The service found a demolition order run out of time (Planning Law Art 68). */
    public static final String DEMOLITION_OVERDUE_ALARM = "DEMOLITION_OVERDUE_ALARM";
    /** The site became a case. */
    public static final String CONVERTED_TO_CASE = "CONVERTED_TO_CASE";

    private RecordActions() {
    }

    /** The action of entering a step of a procedure. */
    public static String step(Enum<?> state) {
        return STEP_PREFIX + state.name();
    }

    /** The action of recording a fact without a step. */
    public static String event(Enum<?> kind) {
        return EVENT_PREFIX + kind.name();
    }
}
