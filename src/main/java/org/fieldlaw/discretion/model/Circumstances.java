package org.fieldlaw.discretion.model;

import java.util.Set;

/**
 * Circumstance codes the engine itself reads; baselines add their own (CORRECTABLE,
 * AREA_OVER_100_M2 ...) and match rows on them.
 */
public final class Circumstances {

    /** APL Art 33 para 1: minor (轻微), promptly corrected (及时改正), no harmful consequence (没有造成危害后果). */
    public static final String MINOR = "MINOR";
    public static final String CORRECTED_PROMPTLY = "CORRECTED_PROMPTLY";
    public static final String NO_HARM = "NO_HARM";
    /** APL Art 33 para 1, 首违不罚: the harmful consequences were minor (危害后果轻微); NO_HARM serves too. */
    public static final String MINOR_HARM = "MINOR_HARM";
    /**
     * APL Art 36: the act had harmful consequences (有危害后果). With a violation touching life, health or
     * financial safety it makes the limitation five years; never read from the violation alone.
     */
    public static final String HARMFUL_CONSEQUENCES = "HARMFUL_CONSEQUENCES";
    /** APL Art 33 para 2: no subjective fault shown (没有主观过错). */
    public static final String NO_FAULT = "NO_FAULT";

    /** APL Art 32: the circumstances that force 从轻 or 减轻. */
    public static final String REMOVED_OR_REDUCED_HARM = "ART32_REMOVED_OR_REDUCED_HARM";
    public static final String COERCED_OR_DECEIVED = "ART32_COERCED_OR_DECEIVED";
    public static final String CONFESSED_UNKNOWN_VIOLATIONS = "ART32_CONFESSED_UNKNOWN_VIOLATIONS";
    public static final String MERITORIOUS_COOPERATION = "ART32_MERITORIOUS_COOPERATION";
    public static final Set<String> ARTICLE_32 = Set.of(REMOVED_OR_REDUCED_HARM, COERCED_OR_DECEIVED,
            CONFESSED_UNKNOWN_VIOLATIONS, MERITORIOUS_COOPERATION);

    /** Set by the engine from the case history, never by the officer: "more than N violations within a year" (从重). */
    public static final String REPEATED_WITHIN_YEAR = "REPEATED_WITHIN_YEAR";
    /** Set by the engine from the case history: no earlier decided case of this party for this violation. */
    public static final String FIRST_VIOLATION = "FIRST_VIOLATION";

    /** Codes only the engine may set: an officer's input carrying them is refused. */
    public static final Set<String> DERIVED = Set.of(REPEATED_WITHIN_YEAR, FIRST_VIOLATION);

    private Circumstances() {
    }
}
