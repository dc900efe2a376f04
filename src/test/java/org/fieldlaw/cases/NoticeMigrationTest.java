package org.fieldlaw.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.testing.PreviousSchema;
import org.junit.jupiter.api.Test;

/**
 * V14 on cases notified before it: the notice was served the day it was recorded and named the
 * proposal; a hearing counts as offered only where the party asked for one (the request was accepted
 * only in the hearing range), so an undecided case reaching a hearing gets a new notice rather than a
 * right assumed given. A case not yet notified gains no notice.
 */
class NoticeMigrationTest {

    static final UUID ASKED = UUID.fromString("33333333-0000-4000-8000-000000000001");
    static final UUID NOT_ASKED = UUID.fromString("33333333-0000-4000-8000-000000000002");
    static final UUID PROPOSED = UUID.fromString("33333333-0000-4000-8000-000000000003");

    @Test
    void earlierNoticesWereServedOnTheirDayAndOfferedAHearingOnlyWhereOneWasAskedFor() throws Exception {
        try (PreviousSchema schema = PreviousSchema.at("13")) {
            schema.write(c -> {
                caseIn(c, ASKED, "NOTIFIED", "2026-09-03", "2026-09-04");
                caseIn(c, NOT_ASKED, "NOTIFIED", "2026-09-03", null);
                caseIn(c, PROPOSED, "PROPOSED", null, null);
            });
            schema.migrateToLatest();
            assertEquals(List.of("2026-09-03|{FINE,ORDER_CORRECTION}|true", "2026-09-03|{FINE,ORDER_CORRECTION}|false", "null|null|false"),
                    List.of(row(schema, ASKED), row(schema, NOT_ASKED), row(schema, PROPOSED)));
        }
    }

    private static String row(PreviousSchema schema, UUID id) throws SQLException {
        try (Connection c = schema.db().getConnection();
                PreparedStatement p = c.prepareStatement(
                        "select notice_served_on, noticed_types, hearing_offered from enforcement_case where id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                List<String> parts = new ArrayList<>();
                parts.add(String.valueOf(rs.getString(1)));
                parts.add(String.valueOf(rs.getString(2)));
                parts.add(String.valueOf(rs.getBoolean(3)));
                return String.join("|", parts);
            }
        }
    }

    private static void caseIn(Connection c, UUID id, String state, String notifiedOn, String hearingAskedOn) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into enforcement_case (id, body_id, procedure, state, source, violation_code, field, place_code, address, act_date,
                    continuing, party_kind, party_name, circumstances, bases, create_request, create_digest, created_by, created_at, updated_at,
                    proposed_fine, proposed_types, notified_on, noticed_fine, hearing_requested_on)
                values (?, ?, 'GENERAL', ?, 'PATROL', 'JM-CG-009', 'city-management', '440703001', '（迁移测试）', date '2026-09-01',
                    false, 'PERSON', '某人', '{}', '{}', '{}', 'x', ?, now(), now(),
                    12000, '{FINE,ORDER_CORRECTION}', ?::date, case when ? then 12000 end, ?::date)""")) {
            p.setObject(1, id);
            p.setObject(2, UUID.randomUUID());
            p.setString(3, state);
            p.setObject(4, UUID.randomUUID());
            p.setString(5, notifiedOn);
            p.setBoolean(6, notifiedOn != null);
            p.setString(7, hearingAskedOn);
            p.executeUpdate();
        }
    }
}
