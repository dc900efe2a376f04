package org.fieldlaw.patrols;

/** Why the service raised an alarm on a site (Planning Law Art 68). */
public enum AlarmKind {
    /** 边执法边违建: a visit shows progress on a site that must not be built on. */
    CONTINUED_BUILDING,
    /** The deadline of a demolition order passed and the building still stands. */
    DEMOLITION_OVERDUE
}
