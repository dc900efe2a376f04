package org.fieldlaw.records.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Every record's head at one moment, ordered by owner, with the Merkle root over them and the root of the checkpoint
 * before. The service signs {@link #statement()}; kept outside the database, it shows a record shortened or changed
 * there afterwards, even with the append-only trigger switched off.
 */
public record Checkpoint(Instant madeAt, List<RecordHead> heads, String root, String previousRoot) {

    public static Checkpoint of(Instant madeAt, List<RecordHead> heads, String previousRoot) {
        List<RecordHead> ordered = new ArrayList<>(heads);
        ordered.sort(Comparator.comparing(h -> h.ownerId().toString()));
        return new Checkpoint(madeAt, List.copyOf(ordered), MerkleTree.hex(MerkleTree.root(leafHashes(ordered))), previousRoot);
    }

    /** What is signed: the moment, the size and the root (the root covers every head). */
    public String statement() {
        return "fieldlaw-checkpoint v1\nmade-at " + madeAt + "\nsize " + heads.size() + "\nroot " + root + "\nprevious "
                + (previousRoot == null ? "-" : previousRoot) + "\n";
    }

    /** The head's place among the ordered heads, or -1. */
    public int indexOf(UUID ownerId) {
        int low = 0;
        int high = heads.size() - 1;
        String key = ownerId.toString();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = heads.get(mid).ownerId().toString().compareTo(key);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    public List<byte[]> proofFor(int index) {
        return MerkleTree.inclusionProof(leafHashes(heads), index);
    }

    private static List<byte[]> leafHashes(List<RecordHead> heads) {
        return heads.stream().map(h -> MerkleTree.leafHash(h.leaf())).toList();
    }
}
