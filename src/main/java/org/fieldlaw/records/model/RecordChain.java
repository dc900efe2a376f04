package org.fieldlaw.records.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The full-process record as a hash chain: each entry's hash covers its own fields and the hash
 * of the entry before it, so changing, removing or reordering any entry breaks every hash after it.
 */
public final class RecordChain {

    /** The hash the first line of every record points back to. */
    public static final String GENESIS = "0".repeat(64);

    /** One entry as hashed. Times are truncated to microseconds, what PostgreSQL keeps. */
    public record Link(UUID ownerId, int seq, Instant recordedAt, UUID actorId, String actorName, String action,
            String detail, Double latitude, Double longitude, String previousHash, String hash) {
    }

    /** Where a chain stops being intact, and why. */
    public record Break(int seq, String reason) {
    }

    private RecordChain() {
    }

    public static String hash(UUID ownerId, int seq, Instant recordedAt, UUID actorId, String actorName, String action,
            String detail, Double latitude, Double longitude, String previousHash) {
        // Length-prefixed fields: no two different entries can produce the same hashed text.
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] { ownerId, seq, recordedAt, actorId, actorName, action, detail, latitude, longitude, previousHash }) {
            String s = part == null ? "" : part.toString();
            text.append(s.length()).append(':').append(s).append(';');
        }
        return sha256(text.toString());
    }

    public static String hashOf(Link l) {
        return hash(l.ownerId(), l.seq(), l.recordedAt(), l.actorId(), l.actorName(), l.action(), l.detail(),
                l.latitude(), l.longitude(), l.previousHash());
    }

    /** The first break in a chain, in order of seq; empty when every link holds. */
    public static Optional<Break> verify(List<Link> links) {
        String previous = GENESIS;
        int expectedSeq = 1;
        for (Link l : links) {
            if (l.seq() != expectedSeq) {
                return Optional.of(new Break(expectedSeq, "记录缺失或顺序被改动 (entry missing or out of order)"));
            }
            if (!l.previousHash().equals(previous)) {
                return Optional.of(new Break(l.seq(), "前一条记录的哈希不符 (does not point to the entry before it)"));
            }
            if (!hashOf(l).equals(l.hash())) {
                return Optional.of(new Break(l.seq(), "记录内容与其哈希不符 (content altered after it was recorded)"));
            }
            previous = l.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
