package org.fieldlaw.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The list of draws is read a page at a time, newest first, with no draw missed or repeated, even among draws made in the same instant. */
@QuarkusTest
class InspectionPagingTest {

    @Inject
    InspectionService inspections;

    @Inject
    JurisdictionDirectory directory;

    private static UUID draw(String town, OffsetDateTime at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Inspection i = new Inspection();
            i.id = UUID.randomUUID();
            i.townCode = town;
            i.periodFrom = LocalDate.of(2026, 1, 1);
            i.periodTo = LocalDate.of(2026, 3, 31);
            i.seed = 1;
            i.sampleSize = 1;
            i.population = 1;
            i.checklist = "[{\"key\":\"legal-basis\",\"name\":\"法律依据\",\"points\":100}]";
            i.drawnBy = AgencyFixture.BAISHA_OFFICER_ID;
            i.drawnAt = at;
            i.persist();
            return i.id;
        });
    }

    @Test
    void pagesOfTwoAddUpToTheWholeListNewestFirst() {
        OffsetDateTime sameInstant = OffsetDateTime.parse("2030-01-01T08:00:00+08:00");
        List<UUID> made = List.of(draw(AgencyFixture.BAISHA, sameInstant), draw(AgencyFixture.BAISHA, sameInstant),
                draw(AgencyFixture.HUANSHI, sameInstant), draw(AgencyFixture.BAISHA, sameInstant.plusSeconds(1)),
                draw(AgencyFixture.ENCHENG, sameInstant.plusSeconds(2)));
        List<String> pengjiang = directory.tree().subtree(AgencyFixture.PENGJIANG);
        List<InspectionService.Summary> whole = inspections.pageIn(pengjiang, null, 10_000).items();
        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        do {
            InspectionService.Page page = inspections.pageIn(pengjiang, cursor, 2);
            assertTrue(page.items().size() <= 2);
            page.items().forEach(s -> paged.add(s.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(whole.stream().map(InspectionService.Summary::id).toList(), paged, "pages of two add up to the whole list, in order");
        assertTrue(paged.containsAll(made.subList(0, 4)), "蓬江's four new draws, three of them in the same instant");
        assertTrue(!paged.contains(made.get(4)), "恩城's draw is not 蓬江's");
        assertEquals(made.get(3), paged.get(0), "newest first");
        for (int i = 1; i < whole.size(); i++) {
            assertTrue(!whole.get(i).drawnAt().isAfter(whole.get(i - 1).drawnAt()), "newest first");
        }
        assertEquals(List.of(AgencyFixture.BAISHA), inspections.pageIn(List.of(AgencyFixture.BAISHA), null, 10_000).items().stream()
                .map(InspectionService.Summary::townCode).distinct().toList(), "narrowed to one town");
    }

    @Test
    void anUnreadableCursorIsABadRequest() {
        List<String> places = List.of(AgencyFixture.BAISHA);
        for (String cursor : List.of("garbage", java.util.Base64.getUrlEncoder().encodeToString("yesterday|x".getBytes()))) {
            Executable read = () -> inspections.pageIn(places, cursor, 2);
            ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, read);
            assertEquals(ProblemType.VALIDATION, refused.type(), cursor);
            assertTrue(refused.getMessage().contains("游标"), refused.getMessage());
        }
    }
}
