package org.fieldlaw.common;

import java.util.Locale;

/** Free text as the service keeps it. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, and nothing where nothing but blanks was sent. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An identifier (resident ID number, credit code) as compared and stored: trimmed, capitals (a check character X). */
    public static String identifier(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
