package org.fieldlaw.discretion.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Character unigrams and bigrams for substring search in Chinese: 占道经营 → 占, 道, 经, 营, 占道,
 * 道经, 经营. A text contains a query when it holds all the query's bigrams (or its one character).
 * Punctuation and spaces are dropped, Latin letters lower-cased. Grams narrow the candidates
 * (a GIN index); {@link #searchText} confirms the query is a substring of one field.
 */
public final class SearchGrams {

    private SearchGrams() {
    }

    public static Set<String> ofText(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            // Each text separately: no bigram spans two fields.
            int[] cps = normalise(text);
            for (int i = 0; i < cps.length; i++) {
                grams.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    grams.add(new String(cps, i, 2));
                }
            }
        }
        return grams;
    }

    /** The grams a text must all contain to match {@code query}; empty for a blank query. */
    public static List<String> ofQuery(String query) {
        int[] cps = normalise(query == null ? "" : query);
        if (cps.length == 1) {
            return List.of(new String(cps, 0, 1));
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return List.copyOf(grams);
    }

    /** The fields normalised and joined by '|', which no normalised query contains: a query matches within one field. */
    public static String searchText(String... texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                joined.append('|').append(normalised(text));
            }
        }
        return joined.append('|').toString();
    }

    public static String normalised(String text) {
        int[] cps = normalise(text == null ? "" : text);
        return new String(cps, 0, cps.length);
    }

    private static int[] normalise(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).toArray();
    }
}
