package org.fieldlaw.inspection.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private final Checklist checklist = new Checklist(List.of(new Checklist.Item("procedure", "程序", 25), new Checklist.Item("evidence", "证据", 20)));

    @Test
    void aScoreNamesEveryItemWithinItsPointsAndAddsUp() {
        Checklist.Scored s = checklist.score(Map.of("procedure", new BigDecimal("24.5"), "evidence", new BigDecimal("18")));
        assertEquals(List.of(), s.problems());
        assertEquals(new BigDecimal("42.5"), s.total());
        assertEquals(45, checklist.maximum());
    }

    @Test
    void aMissingItemAnItemAboveItsPointsAQuarterPointAndAnUnknownItemAreEachNamed() {
        Checklist.Scored s = checklist.score(Map.of("procedure", new BigDecimal("26"), "deadlines", BigDecimal.ONE));
        assertEquals(3, s.problems().size(), s.problems().toString());
        assertTrue(checklist.score(Map.of("procedure", new BigDecimal("10.25"), "evidence", BigDecimal.TEN)).problems().get(0).contains("0.5"));
    }

    @Test
    void aChecklistHasItemsEachKeyOnce() {
        assertThrows(IllegalArgumentException.class, () -> new Checklist(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Checklist(List.of(new Checklist.Item("a", "甲", 1), new Checklist.Item("a", "乙", 2))));
    }
}
