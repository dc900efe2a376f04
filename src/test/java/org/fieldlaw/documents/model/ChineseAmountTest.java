package org.fieldlaw.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts in capital numerals as enforcement documents write them beside the figures (大写金额). */
class ChineseAmountTest {

    private static void reads(String expected, String yuan) {
        assertEquals(expected, ChineseAmount.of(new BigDecimal(yuan)), yuan);
    }

    @Test
    void wholeYuanEndWithZheng() {
        reads("壹万贰仟元整", "12000");
        reads("贰佰元整", "200");
        reads("叁仟元整", "3000.00");
        reads("零元整", "0");
        reads("壹拾万元整", "100000");
        reads("伍万元整", "50000");
    }

    @Test
    void oneLingStandsForARunOfEmptyPlacesInsideTheNumberNoneAtTheEnd() {
        reads("壹仟零伍元整", "1005");
        reads("壹万零伍拾元整", "10050");
        reads("壹万零伍元整", "10005");
        reads("壹拾万零叁仟元整", "103000");
        reads("壹亿零壹万元整", "100010000");
        reads("壹亿元整", "100000000");
        reads("贰拾万零叁佰元整", "200300");
        reads("壹佰零壹万元整", "1010000");
    }

    @Test
    void jiaoAndFenFollowTheYuan() {
        reads("壹仟零伍元伍角", "1005.50");
        reads("壹佰元零伍分", "100.05");
        reads("叁元贰角壹分", "3.21");
        reads("伍角", "0.50");
        reads("捌分", "0.08");
    }

    @Test
    void negativeAmountsAndFractionsOfAFenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(new BigDecimal("-1")));
        assertThrows(ArithmeticException.class, () -> ChineseAmount.of(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(null));
    }
}
