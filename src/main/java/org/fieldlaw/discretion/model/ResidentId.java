package org.fieldlaw.discretion.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The 18-character resident ID number (GB 11643): birth date at positions 7–14, ISO 7064 MOD 11-2 check character. */
public final class ResidentId {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dXx]");

    private ResidentId() {
    }

    /** Seventeen digits and a digit or X: a resident ID number, whether or not its check character is right. */
    public static boolean hasShape(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    public static boolean isValid(String id) {
        if (!hasShape(id)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(id.charAt(17)) != CHECK[sum % 11]) {
            return false;
        }
        try {
            birthDateUnchecked(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static LocalDate birthDate(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("not a valid resident ID number");
        }
        return birthDateUnchecked(id);
    }

    private static LocalDate birthDateUnchecked(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }
}
