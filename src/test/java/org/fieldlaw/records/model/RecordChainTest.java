package org.fieldlaw.records.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordChainTest {

    private static final UUID OWNER = UUID.fromString("7f1b0c9e-2d4a-4c1e-9a57-0d3f5b8e6a21");
    private static final UUID ACTOR = UUID.fromString("0b6f2f3a-90aa-4b1b-8c55-6c0d1a2b3c4d");

    private static List<RecordChain.Link> chain(int length) {
        List<RecordChain.Link> links = new ArrayList<>();
        String previous = RecordChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            Instant at = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(seq);
            String detail = "{\"step\":" + seq + "}";
            String hash = RecordChain.hash(OWNER, seq, at, ACTOR, "甲执法", "STEP", detail, 22.5, 113.0, previous);
            links.add(new RecordChain.Link(OWNER, seq, at, ACTOR, "甲执法", "STEP", detail, 22.5, 113.0, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertTrue(RecordChain.verify(chain(5)).isEmpty());
        assertTrue(RecordChain.verify(List.of()).isEmpty());
    }

    @Test
    void anAlteredEntryBreaksTheChainWhereItWasAltered() {
        List<RecordChain.Link> links = chain(5);
        RecordChain.Link l = links.get(2);
        links.set(2, new RecordChain.Link(l.ownerId(), l.seq(), l.recordedAt(), l.actorId(), "乙执法", l.action(), l.detail(),
                l.latitude(), l.longitude(), l.previousHash(), l.hash()));
        assertEquals(3, RecordChain.verify(links).orElseThrow().seq());
    }

    @Test
    void anEntryRehashedAfterAlterationStillBreaksTheNextLink() {
        List<RecordChain.Link> links = chain(5);
        RecordChain.Link l = links.get(1);
        String forged = RecordChain.hash(l.ownerId(), l.seq(), l.recordedAt(), l.actorId(), l.actorName(), l.action(), "{\"step\":99}",
                l.latitude(), l.longitude(), l.previousHash());
        links.set(1, new RecordChain.Link(l.ownerId(), l.seq(), l.recordedAt(), l.actorId(), l.actorName(), l.action(), "{\"step\":99}",
                l.latitude(), l.longitude(), l.previousHash(), forged));
        assertEquals(3, RecordChain.verify(links).orElseThrow().seq());
    }

    @Test
    void aMissingOrReorderedEntryIsFound() {
        List<RecordChain.Link> missing = chain(4);
        missing.remove(1);
        assertEquals(2, RecordChain.verify(missing).orElseThrow().seq());
        List<RecordChain.Link> swapped = chain(4);
        swapped.set(1, chain(4).get(2));
        swapped.set(2, chain(4).get(1));
        assertEquals(2, RecordChain.verify(swapped).orElseThrow().seq());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        String a = RecordChain.hash(OWNER, 1, Instant.EPOCH, null, "ab", "c", "{}", null, null, RecordChain.GENESIS);
        String b = RecordChain.hash(OWNER, 1, Instant.EPOCH, null, "a", "bc", "{}", null, null, RecordChain.GENESIS);
        assertNotEquals(a, b);
    }
}
