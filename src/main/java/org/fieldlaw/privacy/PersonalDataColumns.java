package org.fieldlaw.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a feature tells the privacy service about its tables: which columns hold sealed personal data, and which
 * hold identifiers looked up by keyed hash. The resealing job reaches rows written before sealing began, or under
 * a retired key, through this list and nothing else.
 */
public interface PersonalDataColumns {

    List<Sealed> sealed();

    default List<Hashed> hashed() {
        return List.of();
    }

    /** A text column written through {@link SealedText}. */
    record Sealed(String table, String column) {
        public Sealed {
            Names.check(table, column);
        }
    }

    /** Plain identifiers in {@code plainColumn}, from before hashing: hashed into {@code keyColumn}, then cleared. */
    record Hashed(String table, String plainColumn, String keyColumn) {
        public Hashed {
            Names.check(table, plainColumn, keyColumn);
        }
    }

    /** The names go into SQL as written: only plain identifiers pass. */
    final class Names {
        private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

        private Names() {
        }

        static void check(String... names) {
            for (String n : names) {
                if (!NAME.matcher(n).matches()) {
                    throw new IllegalArgumentException("not a plain SQL name: " + n);
                }
            }
        }
    }
}
