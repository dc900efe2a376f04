package org.fieldlaw.common.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstGoesAtOnceAndTheNextWaitsForTheRefill() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(2, bucket.take(0), "one token at half a token a second: 2 s");
        assertEquals(1, bucket.take(SECOND), "half a token there, the other half in 1 s");
        assertEquals(0, bucket.take(2 * SECOND));
    }

    @Test
    void anIdleBucketFillsOnlyToItsBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        long later = 3600 * SECOND;
        assertEquals(0, bucket.take(later));
        assertEquals(0, bucket.take(later));
        assertEquals(1, bucket.take(later), "never less than a whole second to wait");
    }

    @Test
    void aClockGoingBackAddsNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        assertEquals(0, bucket.take(10 * SECOND));
        assertEquals(1, bucket.take(5 * SECOND));
    }

    @Test
    void aBucketThatCannotRefillIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(5, 0, 0));
    }
}
