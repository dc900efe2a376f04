package org.fieldlaw.records.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash("head " + i));
        }
        return leaves;
    }

    /** The values Certificate Transparency's own tests use for the empty tree and the empty leaf. */
    @Test
    void hashesAreThoseOfRfc6962() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MerkleTree.hex(MerkleTree.root(List.of())));
        assertEquals("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", MerkleTree.hex(MerkleTree.leafHash("")));
    }

    @Test
    void everyLeafOfEveryTreeUpToFortyProvesItsInclusion() {
        for (int n = 1; n <= 40; n++) {
            List<byte[]> leaves = leaves(n);
            byte[] root = MerkleTree.root(leaves);
            for (int i = 0; i < n; i++) {
                assertTrue(MerkleTree.verifyInclusion(leaves.get(i), i, n, MerkleTree.inclusionProof(leaves, i), root), n + "/" + i);
            }
        }
    }

    @Test
    void aProofDoesNotHoldForAnotherLeafPlaceOrRoot() {
        List<byte[]> leaves = leaves(13);
        byte[] root = MerkleTree.root(leaves);
        List<byte[]> proof = MerkleTree.inclusionProof(leaves, 5);
        assertFalse(MerkleTree.verifyInclusion(MerkleTree.leafHash("head 5, shortened"), 5, 13, proof, root));
        assertFalse(MerkleTree.verifyInclusion(leaves.get(5), 6, 13, proof, root));
        assertFalse(MerkleTree.verifyInclusion(leaves.get(5), 5, 17, proof, root), "a tree of 17 needs a longer path");
        assertFalse(MerkleTree.verifyInclusion(leaves.get(5), 5, 13, proof, MerkleTree.root(leaves(12))));
    }

    @Test
    void theRootChangesWhenAnyHeadChanges() {
        List<byte[]> leaves = leaves(9);
        byte[] root = MerkleTree.root(leaves);
        leaves.set(8, MerkleTree.leafHash("head 8 with one entry fewer"));
        assertFalse(java.util.Arrays.equals(root, MerkleTree.root(leaves)));
    }
}
