package org.fieldlaw.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/** The register of officers is read a page at a time by account name, none missed or repeated, each with every certificate. */
@QuarkusTest
class OfficerRosterTest {

    @Inject
    OfficerRoster roster;

    @Inject
    JurisdictionDirectory directory;

    @Test
    void pagesOfTwoAddUpToTheWholeRegisterInAccountOrder() {
        List<String> places = directory.tree().subtree(AgencyFixture.JIANGMEN);
        List<OfficerRoster.Entry> whole = roster.pageIn(places, false, 60, null, 10_000).items();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            OfficerRoster.Page page = roster.pageIn(places, false, 60, cursor, 2);
            assertTrue(page.items().size() <= 2);
            page.items().forEach(e -> paged.add(e.officer().username()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        List<String> names = whole.stream().map(e -> e.officer().username()).toList();
        assertEquals(names, paged, "pages of two add up to the whole register");
        assertEquals(names.stream().sorted().toList(), names, "by account name");
        assertTrue(pages > 3, "the fixture's officers take several pages");
        assertTrue(names.contains(AgencyFixture.ENCHENG_OFFICER) && names.contains(AgencyFixture.BAISHA_OFFICER), "every county's");
        OfficerRoster.Entry baisha = whole.stream().filter(e -> e.officer().username().equals(AgencyFixture.BAISHA_OFFICER)).findFirst().orElseThrow();
        assertTrue(baisha.certificates().stream().anyMatch(c -> c.number().equals("T-44070301001")), "each officer with his certificates");
        assertTrue(roster.pageIn(List.of(AgencyFixture.ENCHENG), false, 60, null, 100).items().stream()
                .allMatch(e -> e.officer().body().name().contains("恩城")), "narrowed to one town's bodies");
    }
}
