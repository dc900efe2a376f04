package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.CASES;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A party's resident ID number never reaches the log (PIPL Art 51: personal information is protected in
 * processing). The phone resending a create is the path that once logged the refused insert with its values.
 */
@QuarkusTest
class PersonalDataOutOfLogsTest {

    @Inject
    Bureaus bureaus;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    @Test
    void aResentCreateLogsNoResidentIdNumber() {
        String idNumber = newParty();
        Map<String, Object> body = vending(idNumber);
        UUID id = UUID.randomUUID();
        List<String> lines = LogCapture.during(() -> {
            officer().body(body).put(CASES + id).then().log().ifValidationFails().statusCode(201);
            officer().body(body).put(CASES + id).then().log().ifValidationFails().statusCode(200);
        }).stream().map(LogCapture.Line::text).toList();
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(idNumber)).toList(), "log lines carrying the ID number");
    }
}
