package org.fieldlaw.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The paper a document is laid out for: A4 in the office, or the roll of a portable Bluetooth printer
 * (80 or 58 mm wide) for what an officer hands over on the spot. A roll has no pages: its length is one
 * long page the printer cuts.
 */
public enum Paper {
    A4("a4", 210, 297, 25),
    ROLL_80("80", 80, 400, 4),
    ROLL_58("58", 58, 500, 3);

    private final String code;
    private final int widthMm;
    private final int heightMm;
    private final int marginMm;

    Paper(String code, int widthMm, int heightMm, int marginMm) {
        this.code = code;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.marginMm = marginMm;
    }

    public String code() {
        return code;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public int marginMm() {
        return marginMm;
    }

    public boolean roll() {
        return this != A4;
    }

    public static Optional<Paper> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
