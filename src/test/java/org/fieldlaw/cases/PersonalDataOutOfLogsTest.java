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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.fieldlaw.testing.Bureaus;
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

    /** Every log line written while the work runs, message and causes, from every category. */
    private static List<String> logged(Runnable work) {
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringBuilder line = new StringBuilder(r.getLoggerName()).append(' ').append(format.formatMessage(r));
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t);
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            work.run();
        } finally {
            root.removeHandler(capture);
        }
        return lines;
    }

    @Test
    void aResentCreateLogsNoResidentIdNumber() {
        String idNumber = newParty();
        Map<String, Object> body = vending(idNumber);
        UUID id = UUID.randomUUID();
        List<String> lines = logged(() -> {
            officer().body(body).put(CASES + id).then().log().ifValidationFails().statusCode(201);
            officer().body(body).put(CASES + id).then().log().ifValidationFails().statusCode(200);
        });
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(idNumber)).toList(), "log lines carrying the ID number");
    }
}
