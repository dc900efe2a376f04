package org.fieldlaw.agency.model;

/** How the State Council schedule marks a date that differs from the plain week. */
public enum DayKind {
    /** A day off (放假), including weekend days inside a holiday block. */
    HOLIDAY,
    /** A make-up working day (调休上班) that falls on a weekend. */
    WORKDAY
}
