package org.fieldlaw.common.model;

/**
 * A token bucket: up to {@code burst} requests at once, refilled at {@code perSecond}. Not thread-safe on its own;
 * the caller holds one per client and takes it under that client's lock.
 */
public final class TokenBucket {

    private final double burst;
    private final double perSecond;
    private double tokens;
    private long lastNanos;

    public TokenBucket(double burst, double perSecond, long nowNanos) {
        if (burst < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket holds at least one request and refills");
        }
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** Takes one request's token: 0 when it may go now, else the whole seconds until it may (at least 1). */
    public long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    private void refill(long nowNanos) {
        if (nowNanos > lastNanos) {
            tokens = Math.min(burst, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
            lastNanos = nowNanos;
        }
    }
}
