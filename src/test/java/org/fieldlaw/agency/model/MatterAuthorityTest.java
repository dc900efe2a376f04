package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fieldlaw.agency.model.MatterAuthority.Decision;
import org.fieldlaw.agency.model.MatterAuthority.Reason;
import org.junit.jupiter.api.Test;

/** APL Art 24 and 粤府函〔2020〕136号: a town acts only on matters devolved to it, from the start date until taken back. */
class MatterAuthorityTest {

    static final String TOWN = "440703001";
    static final String MATTER = "440703-CG-001";
    static final List<Devolution> GRANTED_2021_TAKEN_BACK_JULY_2025 = List.of(
            new Devolution(TOWN, MATTER, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 7, 1)));

    private static Decision town(LocalDate day, List<Devolution> devolutions) {
        return MatterAuthority.decide(BodyKind.TOWN_OFFICE, MATTER, day, devolutions);
    }

    @Test
    void townMayActOnTheStartDate() {
        Decision d = town(LocalDate.of(2021, 1, 1), GRANTED_2021_TAKEN_BACK_JULY_2025);
        assertTrue(d.allowed());
        assertEquals(Reason.DEVOLVED, d.reason());
    }

    @Test
    void townMayNotActTheDayBeforeTheStartDate() {
        Decision d = town(LocalDate.of(2020, 12, 31), GRANTED_2021_TAKEN_BACK_JULY_2025);
        assertFalse(d.allowed());
        assertEquals(Reason.NOT_YET_IN_FORCE, d.reason());
    }

    @Test
    void townMayActTheDayBeforeTakeBackButNotOnIt() {
        assertTrue(town(LocalDate.of(2025, 6, 30), GRANTED_2021_TAKEN_BACK_JULY_2025).allowed());
        Decision onTakeBack = town(LocalDate.of(2025, 7, 1), GRANTED_2021_TAKEN_BACK_JULY_2025);
        assertFalse(onTakeBack.allowed());
        assertEquals(Reason.REVOKED, onTakeBack.reason());
        assertEquals(LocalDate.of(2025, 7, 1), onTakeBack.basis().revokedFrom());
    }

    @Test
    void aMatterGrantedAgainAfterTakeBackIsHeldFromTheNewStartDate() {
        List<Devolution> regranted = List.of(
                new Devolution(TOWN, MATTER, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1)),
                new Devolution(TOWN, MATTER, LocalDate.of(2024, 1, 1), null));
        assertEquals(Reason.REVOKED, town(LocalDate.of(2023, 6, 1), regranted).reason());
        assertEquals(Reason.DEVOLVED, town(LocalDate.of(2024, 1, 1), regranted).reason());
        assertEquals(LocalDate.of(2024, 1, 1), town(LocalDate.of(2026, 1, 1), regranted).basis().effectiveFrom());
    }

    @Test
    void aMatterNeverDevolvedStaysWithTheCounty() {
        Decision d = MatterAuthority.decide(BodyKind.TOWN_OFFICE, "440703-HB-999", LocalDate.of(2026, 1, 1),
                GRANTED_2021_TAKEN_BACK_JULY_2025);
        assertFalse(d.allowed());
        assertEquals(Reason.NOT_DEVOLVED, d.reason());
    }

    @Test
    void theCountyBureauHoldsItsMattersWhetherOrNotTheyAreDevolved() {
        Decision d = MatterAuthority.decide(BodyKind.COUNTY_BUREAU, MATTER, LocalDate.of(2022, 1, 1),
                GRANTED_2021_TAKEN_BACK_JULY_2025);
        assertTrue(d.allowed());
        assertEquals(Reason.ORIGINAL_HOLDER, d.reason());
    }
}
