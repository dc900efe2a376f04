package org.fieldlaw.sync;

import static org.fieldlaw.testing.CaseApi.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.testing.AgencyFixture;
import org.junit.jupiter.api.Test;

/**
 * The change feed never skips a change, even when transactions commit in the opposite order of
 * the sequence values they took.
 */
@QuarkusTest
class ChangeFeedOrderTest {

    @Inject
    AgroalDataSource dataSource;

    /** Pages through the feed from {@code cursor}; answers the ids seen and the cursor at the end. */
    static List<String> drain(String[] cursor) {
        List<String> ids = new ArrayList<>();
        while (true) {
            var page = officer().queryParam("limit", 1000).queryParam("since", cursor[0] == null ? "" : cursor[0])
                    .get("/api/v1/sync/changes").then().statusCode(200).extract();
            ids.addAll(page.path("changes.id"));
            cursor[0] = page.path("nextCursor");
            if (!(Boolean) page.path("hasMore")) {
                return ids;
            }
        }
    }

    private static long insertChange(Connection c, UUID id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "insert into change_log (place_code, entity, entity_id) values (?, 'SITE', ?) returning seq")) {
            s.setString(1, AgencyFixture.BAISHA);
            s.setObject(2, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aTransactionThatTookTheLowerSequenceAndCommitsLaterIsNotSkipped() throws Exception {
        String[] cursor = { null };
        drain(cursor);
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long earlySeq = insertChange(first, early);
            long lateSeq = insertChange(second, late);
            assertTrue(earlySeq < lateSeq);
            second.commit();

            // What a feed by sequence alone would now hand out, and then pass by for good:
            try (Connection look = dataSource.getConnection(); PreparedStatement s = look.prepareStatement(
                    "select entity_id from change_log where seq > ? order by seq")) {
                s.setLong(1, earlySeq - 1);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(late, r.getObject(1), "by sequence, the later commit is visible first");
                }
            }
            List<String> whileOpen = drain(cursor);
            assertFalse(whileOpen.contains(late.toString()), "held back while an older transaction runs");
            assertFalse(whileOpen.contains(early.toString()));

            first.commit();
        }
        List<String> after = drain(cursor);
        assertTrue(after.contains(early.toString()), "the early sequence, committed last, is delivered: " + after);
        assertTrue(after.contains(late.toString()));
        assertTrue(after.indexOf(early.toString()) < after.indexOf(late.toString()), "in transaction order");
        assertTrue(drain(cursor).isEmpty(), "and nothing comes twice");
    }
}
