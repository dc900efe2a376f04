package org.fieldlaw.records.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A Merkle tree in the manner of Certificate Transparency (RFC 6962 §2.1): leaves hashed with a 0x00 prefix,
 * inner nodes with 0x01, the left subtree the largest power of two smaller than the whole. A checkpoint signs the
 * root over every record's head; an inclusion proof shows one head is among them without the others.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leafHash(String leaf) {
        return sha256(new byte[] { 0 }, leaf.getBytes(StandardCharsets.UTF_8));
    }

    /** The root of the leaves' hashes; the hash of nothing for an empty tree. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return sha256(new byte[0], new byte[0]);
        }
        return subtree(leaves, 0, leaves.size());
    }

    /** The sibling hashes from leaf {@code index} up to the root (RFC 6962 §2.1.1 PATH). */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + leaves.size());
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), proof);
        return proof;
    }

    /** Whether the proof leads from the leaf at {@code index} of a tree of {@code size} to {@code root} (RFC 9162 §2.1.3.2). */
    public static boolean verifyInclusion(byte[] leafHash, int index, int size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return node(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (index - from < k) {
            path(leaves, index, from, from + k, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, index, from + k, to, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] node(byte[] left, byte[] right) {
        byte[] both = new byte[left.length + right.length];
        System.arraycopy(left, 0, both, 0, left.length);
        System.arraycopy(right, 0, both, left.length, right.length);
        return sha256(new byte[] { 1 }, both);
    }

    private static byte[] sha256(byte[] prefix, byte[] data) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            return digest.digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
