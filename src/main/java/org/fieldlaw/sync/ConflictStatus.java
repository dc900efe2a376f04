package org.fieldlaw.sync;

/** A sync conflict waits (OPEN) until the officer or a supervisor writes how it was settled (RESOLVED). */
public enum ConflictStatus {
    OPEN, RESOLVED
}
