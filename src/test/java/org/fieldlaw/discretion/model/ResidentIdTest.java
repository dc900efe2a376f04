package org.fieldlaw.discretion.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age follows from the resident ID number's birth date (docs/domain.md §4); a mistyped number is caught by its check character. */
class ResidentIdTest {

    @Test
    void theBirthDateIsReadFromAValidNumber() {
        assertTrue(ResidentId.isValid("440703201003151235"));
        assertEquals(LocalDate.of(2010, 3, 15), ResidentId.birthDate("440703201003151235"));
    }

    @Test
    void aWrongCheckCharacterOrImpossibleDateIsInvalid() {
        assertFalse(ResidentId.isValid("440703201003151236"));
        assertFalse(ResidentId.isValid("440703201002301234"));
        assertFalse(ResidentId.isValid("4407032010031512"));
        assertThrows(IllegalArgumentException.class, () -> Party.person("440703201003151236"));
    }

    @Test
    void aYearOfAgeIsReachedTheDayAfterTheBirthdayNotOnIt() {
        // 法释〔2006〕1号 Art 2: 周岁 counts from the day after the birthday; on the 16th birthday the party is still 15.
        Party party = Party.person("440703201003151235");
        assertEquals(15, party.ageOn(LocalDate.of(2026, 3, 14)).orElseThrow());
        assertEquals(15, party.ageOn(LocalDate.of(2026, 3, 15)).orElseThrow());
        assertEquals(16, party.ageOn(LocalDate.of(2026, 3, 16)).orElseThrow());
    }

    @Test
    void aBirthDateDisagreeingWithTheNumberIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Party(PartyKind.PERSON, "440703201003151235", LocalDate.of(2010, 3, 16)));
    }
}
