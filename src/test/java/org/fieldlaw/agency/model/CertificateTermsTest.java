package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** APL Art 42: only a certificate valid on the day, for the field and the area, lets an officer act. */
class CertificateTermsTest {

    static final JurisdictionTree TREE = new JurisdictionTree(List.of(
            new JurisdictionTree.Node("440700", "江门市", JurisdictionLevel.CITY, null),
            new JurisdictionTree.Node("440703", "蓬江区", JurisdictionLevel.COUNTY, "440700"),
            new JurisdictionTree.Node("440703001", "白沙街道", JurisdictionLevel.TOWN, "440703"),
            new JurisdictionTree.Node("440785", "恩平市", JurisdictionLevel.COUNTY, "440700"),
            new JurisdictionTree.Node("440785001", "恩城街道", JurisdictionLevel.TOWN, "440785")));

    static final CertificateTerms TERMS = new CertificateTerms(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), null,
            Set.of("city-management"), "440703");

    @Test
    void validOnBothEndsOfItsPeriod() {
        assertEquals(CertificateStatus.VALID, TERMS.statusOn(LocalDate.of(2024, 3, 1)));
        assertEquals(CertificateStatus.VALID, TERMS.statusOn(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void notYetValidTheDayBeforeAndExpiredTheDayAfter() {
        assertEquals(CertificateStatus.NOT_YET_VALID, TERMS.statusOn(LocalDate.of(2024, 2, 29)));
        assertEquals(CertificateStatus.EXPIRED, TERMS.statusOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void suspendedFromTheSuspensionDateOnButValidBefore() {
        CertificateTerms suspended = new CertificateTerms(TERMS.validFrom(), TERMS.validTo(), LocalDate.of(2025, 6, 1),
                TERMS.fields(), TERMS.areaCode());
        assertEquals(CertificateStatus.VALID, suspended.statusOn(LocalDate.of(2025, 5, 31)));
        assertEquals(CertificateStatus.SUSPENDED, suspended.statusOn(LocalDate.of(2025, 6, 1)));
        assertFalse(suspended.covers(LocalDate.of(2025, 6, 2), "city-management", "440703001", TREE));
    }

    @Test
    void coversOnlyItsFieldAndPlacesInsideItsArea() {
        LocalDate day = LocalDate.of(2025, 1, 6);
        assertTrue(TERMS.covers(day, "city-management", "440703001", TREE), "a town inside the county area");
        assertTrue(TERMS.covers(day, "city-management", "440703", TREE), "the area itself");
        assertFalse(TERMS.covers(day, "planning-construction", "440703001", TREE), "another field");
        assertFalse(TERMS.covers(day, "city-management", "440785001", TREE), "a town of another county");
        assertFalse(TERMS.covers(day, "city-management", "440700", TREE), "the city above the area");
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CertificateTerms(LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 1), null, Set.of("x"), "440703"));
    }
}
