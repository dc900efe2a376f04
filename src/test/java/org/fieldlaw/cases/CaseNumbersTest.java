package org.fieldlaw.cases;

import static org.fieldlaw.testing.CaseApi.create;
import static org.fieldlaw.testing.CaseApi.newParty;
import static org.fieldlaw.testing.CaseApi.officer;
import static org.fieldlaw.testing.CaseApi.vending;
import static org.fieldlaw.testing.CaseApi.version;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Case numbers are gap-free per body and year (docs/architecture.md §3), under concurrent filing and after a rollback. */
@QuarkusTest
class CaseNumbersTest {

    private static final Pattern NUMBER = Pattern.compile("江蓬白综执罚〔(\\d{4})〕(\\d+)号");

    @Inject
    Bureaus bureaus;

    @Inject
    CaseNumbers numbers;

    @BeforeEach
    void samples() {
        bureaus.ensureSampleBaselines();
    }

    @Test
    void concurrentFilingsTakeConsecutiveNumbersWithoutGapsOrRepeats() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(create(vending(newParty())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> filed = new ArrayList<>();
        for (UUID id : cases) {
            filed.add(pool.submit(() -> officer().header("If-Match", version(id)).body(Map.of("to", "FILED"))
                    .post(CaseApi.CASES + id + "/transitions").then().statusCode(200).extract().<String>path("caseNumber")));
        }
        List<Integer> seqs = new ArrayList<>();
        for (Future<String> f : filed) {
            Matcher m = NUMBER.matcher(f.get(60, TimeUnit.SECONDS));
            if (!m.matches()) {
                throw new AssertionError("not a case number: " + f.get());
            }
            seqs.add(Integer.parseInt(m.group(2)));
        }
        pool.shutdown();
        seqs.sort(Integer::compareTo);
        for (int i = 1; i < seqs.size(); i++) {
            assertEquals(seqs.get(i - 1) + 1, seqs.get(i), "consecutive numbers: " + seqs);
        }
    }

    @Test
    void aFilingThatRollsBackGivesItsNumberBack() {
        int year = 2031;
        int first = QuarkusTransaction.requiringNew().call(() -> numbers.next(AgencyFixture.BAISHA_OFFICE, year).seq());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                numbers.next(AgencyFixture.BAISHA_OFFICE, year);
                throw new IllegalStateException("the filing fails after taking a number");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        int next = QuarkusTransaction.requiringNew().call(() -> numbers.next(AgencyFixture.BAISHA_OFFICE, year).seq());
        assertEquals(first + 1, next);
    }
}
