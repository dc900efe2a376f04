package org.fieldlaw.documents.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in capital Chinese numerals (大写金额), as enforcement documents and payment notices
 * write it beside the figures so it cannot be altered: 12000 yuan is 壹万贰仟元整, 1005.50 is
 * 壹仟零伍元伍角. The rules are those of the People's Bank's settlement rules (支付结算办法): one 零 for a
 * run of empty places inside the number (written also where the 万 place is empty, which the rules leave
 * optional), none at the end; 整 when there are neither jiao nor fen.
 */
public final class ChineseAmount {

    private static final String[] DIGITS = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
    private static final String[] PLACES = { "", "拾", "佰", "仟" };
    private static final String[] SECTIONS = { "", "万", "亿", "万亿" };
    /** Up to 9,999 trillion yuan; no penalty comes near it. */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

    private ChineseAmount() {
    }

    public static String of(BigDecimal yuan) {
        if (yuan == null || yuan.signum() < 0 || yuan.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("an amount from 0 up to 9,999 trillion yuan: " + yuan);
        }
        BigDecimal fen = yuan.setScale(2, RoundingMode.UNNECESSARY);
        long whole = fen.longValue();
        int jiao = fen.movePointRight(1).remainder(BigDecimal.TEN).intValue();
        int cents = fen.movePointRight(2).remainder(BigDecimal.TEN).intValue();
        StringBuilder out = new StringBuilder();
        if (whole > 0) {
            out.append(integer(whole)).append("元");
        }
        if (jiao == 0 && cents == 0) {
            return (whole == 0 ? "零元" : out.toString()) + "整";
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append("角");
        } else if (whole > 0) {
            out.append("零");
        }
        if (cents > 0) {
            out.append(DIGITS[cents]).append("分");
        }
        return out.toString();
    }

    /** A whole number of yuan, four places to a section (个, 万, 亿, 万亿), the highest first. */
    private static String integer(long n) {
        int count = 0;
        int[] sections = new int[4];
        for (long rest = n; rest > 0; rest /= 10_000) {
            sections[count++] = (int) (rest % 10_000);
        }
        StringBuilder out = new StringBuilder();
        boolean zeroBetween = false;
        for (int k = count - 1; k >= 0; k--) {
            int s = sections[k];
            if (s == 0) {
                zeroBetween = out.length() > 0;
                continue;
            }
            // an empty place at the end of the section above or the start of this one, e.g. 10,3000: 壹拾万零叁仟
            if (out.length() > 0 && (zeroBetween || s < 1000 || sections[k + 1] % 10 == 0)) {
                out.append("零");
            }
            out.append(section(s)).append(SECTIONS[k]);
            zeroBetween = false;
        }
        return out.toString();
    }

    /** 1–9999 with its places: no 零 before the first digit or after the last, one for a run inside. */
    private static String section(int n) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int place = 3, unit = 1000; place >= 0; place--, unit /= 10) {
            int digit = n / unit % 10;
            if (digit == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append("零");
                zero = false;
            }
            out.append(DIGITS[digit]).append(PLACES[place]);
        }
        return out.toString();
    }
}
