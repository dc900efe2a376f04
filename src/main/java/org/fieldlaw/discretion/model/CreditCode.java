package org.fieldlaw.discretion.model;

import java.util.regex.Pattern;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100) an organisation is known
 * by: checked for its shape (digits and the capital letters the standard uses, no I, O, Z, S, V).
 */
public final class CreditCode {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private CreditCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
