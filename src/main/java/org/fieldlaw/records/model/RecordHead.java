package org.fieldlaw.records.model;

import java.util.UUID;

/** Where a record stood: how many entries it had and the hash of the last. A checkpoint holds one per record. */
public record RecordHead(UUID ownerId, String ownerKind, int entries, String lastHash) {

    /** The text a head is hashed as in the checkpoint's tree. */
    public String leaf() {
        return ownerId + " " + ownerKind + " " + entries + " " + lastHash;
    }

    public static RecordHead parse(String leaf) {
        String[] parts = leaf.split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a record head: " + leaf);
        }
        return new RecordHead(UUID.fromString(parts[0]), parts[1], Integer.parseInt(parts[2]), parts[3]);
    }

    /**
     * Whether a record now ending in {@code current} (and whose entry at this head's count has {@code hashThen}) still
     * contains this head: it may have grown since, never shrunk or changed.
     */
    public boolean isExtendedBy(int currentEntries, String hashAtThisCount) {
        return currentEntries >= entries && lastHash.equals(hashAtThisCount);
    }
}
