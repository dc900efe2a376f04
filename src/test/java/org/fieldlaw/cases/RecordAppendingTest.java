package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.patrols.SiteRecordOwner;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordRef;
import org.fieldlaw.testing.Bureaus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The appender takes the owner's lock itself (APL Art 47: one chain per owner, one writer of its next
 * line): also after the transaction read the owner while another changed it, and never for an owner
 * that does not exist or belongs to another kind.
 */
@QuarkusTest
class RecordAppendingTest {

    @Inject
    Bureaus bureaus;

    @Inject
    RecordAppender records;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    @Test
    void aLineJoinsTheRecordAfterTheCaseWasChangedElsewhereSinceThisTransactionReadIt() {
        UUID id = create(vending(newParty()));
        QuarkusTransaction.requiringNew().run(() -> {
            EnforcementCase read = EnforcementCase.findById(id);
            // Another transaction changes the case after this one read it (a step, say): the version moves on.
            QuarkusTransaction.requiringNew().run(() -> EnforcementCase.update("version = version + 1 where id = ?1", id));
            records.append(CaseRecordOwner.of(id), Actor.SYSTEM, RecordLine.of(RecordActions.PERSONAL_DATA_VIEWED,
                    Map.of("fields", List.of("party"), "summaryReadBefore", String.valueOf(read.summary))));
        });
        officer().post(CASES + id + "/record/verification").then().statusCode(200).body("intact", equalTo(true))
                .body("entries", equalTo(2));
    }

    @Test
    void noLineForAnOwnerThatDoesNotExist() {
        RecordRef nobody = CaseRecordOwner.of(UUID.randomUUID());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> records.append(nobody, Actor.SYSTEM, RecordLine.of(RecordActions.EDITED, Map.of()))));
        assertEquals("no row " + nobody.id() + " in enforcement_case to lock", refused.getMessage());
    }

    @Test
    void noLineOnACaseRecordUnderAnotherKindOfOwner() {
        UUID id = create(vending(newParty()));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            records.append(CaseRecordOwner.of(id), Actor.SYSTEM, RecordLine.of(RecordActions.EDITED, Map.of()));
            records.append(SiteRecordOwner.of(id), Actor.SYSTEM, RecordLine.of(RecordActions.VISITED, Map.of()));
        }));
        assertEquals("the record of " + id + " belongs to a CASE, not a SITE", refused.getMessage());
        // Refused whole: the first line of that transaction is gone with it.
        officer().post(CASES + id + "/record/verification").then().statusCode(200).body("entries", equalTo(1));
    }
}
