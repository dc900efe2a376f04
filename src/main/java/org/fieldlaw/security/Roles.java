package org.fieldlaw.security;

/** The roles a token may carry (docs/architecture.md §4), and the one bureau systems get. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String LEGAL_REVIEWER = "legal-reviewer";
    public static final String SUPERVISOR = "supervisor";
    public static final String BUREAU_ADMIN = "bureau-admin";
    public static final String AUDITOR = "auditor";
    /** Granted only to machine callers holding a registered bureau key. */
    public static final String BUREAU_SYSTEM = "bureau-system";

    private Roles() {
    }
}
