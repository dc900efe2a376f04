package org.fieldlaw.privacy.model;

/**
 * Personal data kept out of sight (APL Art 48: published decisions carry no personal data beyond
 * what is needed). A person's name keeps its surname; an ID number keeps its last four characters
 * where shown at all. Organisations' names are public and stay whole.
 */
public final class Redaction {

    private Redaction() {
    }

    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    public static String identifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return identifier;
        }
        int keep = Math.min(4, identifier.length() / 4);
        return "*".repeat(identifier.length() - keep) + identifier.substring(identifier.length() - keep);
    }
}
