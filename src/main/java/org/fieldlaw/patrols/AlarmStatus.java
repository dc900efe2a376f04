package org.fieldlaw.patrols;

/** Where a continued-building alarm stands in the supervisors' queue. */
public enum AlarmStatus {
    OPEN, ACKNOWLEDGED
}
