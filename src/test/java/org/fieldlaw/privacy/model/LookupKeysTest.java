package org.fieldlaw.privacy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A party's identifier is looked up by keyed hash (issue 16): the same identifier, the same hash; no key, no meaning. */
class LookupKeysTest {

    static final String ID_NUMBER = "44070319800101001X";

    @Test
    void theSameIdentifierAlwaysGivesTheSameHashHoweverItIsTyped() {
        LookupKeys keys = new LookupKeys(SealerTest.bytes(7));
        String hash = keys.of(ID_NUMBER);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, keys.of(" 44070319800101001x "));
        assertNotEquals(hash, keys.of("44070319800101002X"));
        assertNull(keys.of(" "));
    }

    @Test
    void anotherKeyGivesAnotherHashSoAPlainDictionaryOfIdNumbersFindsNothing() {
        assertNotEquals(new LookupKeys(SealerTest.bytes(7)).of(ID_NUMBER), new LookupKeys(SealerTest.bytes(8)).of(ID_NUMBER));
        assertThrows(IllegalArgumentException.class, () -> new LookupKeys(new byte[16]));
    }
}
