package org.fieldlaw.inspection.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The random sample of a case-file inspection (案卷评查), reproducible by anyone from the recorded seed:
 * each case's key is the SHA-256 of {@code seed + ":" + caseNumber} in hex, and the sample is the
 * cases with the smallest keys. It needs nothing but the list of case numbers and a SHA-256 tool, and
 * the same seed and cases always give the same sample, whatever order the cases came in.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    public static String key(long seed, String caseNumber) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + ":" + caseNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The {@code size} case numbers with the smallest keys, in the order of their keys; all of them when fewer. */
    public static List<String> draw(long seed, List<String> caseNumbers, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a sample has at least one case");
        }
        return caseNumbers.stream().distinct().sorted(Comparator.comparing((String n) -> key(seed, n)).thenComparing(n -> n))
                .limit(size).toList();
    }
}
