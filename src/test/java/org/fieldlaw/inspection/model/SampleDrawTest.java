package org.fieldlaw.inspection.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

    private static final List<String> CASES = IntStream.rangeClosed(1, 40).mapToObj(n -> "江蓬白综执罚〔2026〕" + n + "号").toList();

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderTheCasesComeIn() {
        List<String> shuffled = new ArrayList<>(CASES);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(SampleDraw.draw(20261130L, CASES, 5), SampleDraw.draw(20261130L, shuffled, 5));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertNotEquals(SampleDraw.draw(1L, CASES, 5), SampleDraw.draw(2L, CASES, 5));
    }

    @Test
    void theKeyIsTheSha256OfSeedColonCaseNumberSoAnyoneCanRecomputeIt() {
        // printf '42:A' | sha256sum
        assertEquals("09506019f985d6c6905c19b240384b46cce778dca0d6923df391e13bbc0b4675", SampleDraw.key(42, "A"));
        String smaller = SampleDraw.key(42, "A").compareTo(SampleDraw.key(42, "B")) < 0 ? "A" : "B";
        assertEquals(List.of(smaller), SampleDraw.draw(42, List.of("B", "A"), 1));
    }

    @Test
    void aSampleLargerThanThePopulationIsThePopulationAndAnEmptySampleIsRefused() {
        assertEquals(3, SampleDraw.draw(5, List.of("a", "b", "c"), 10).size());
        assertThrows(IllegalArgumentException.class, () -> SampleDraw.draw(5, CASES, 0));
    }
}
