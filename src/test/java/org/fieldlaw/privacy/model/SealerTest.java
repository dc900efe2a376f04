package org.fieldlaw.privacy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Personal data at rest (issue 16): AES-256-GCM under named keys, so keys rotate while old values stay readable. */
class SealerTest {

    static final byte[] OLD = bytes(1);
    static final byte[] NEW = bytes(2);
    static final String ID_NUMBER = "44070319800101001X";

    static byte[] bytes(int fill) {
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) fill);
        return b;
    }

    @Test
    void aSealedValueOpensToItsTextAndShowsNothingOfIt() {
        Sealer sealer = new Sealer(Map.of("k1", OLD), "k1");
        String text = "{\"name\":\"张三\",\"identifier\":\"" + ID_NUMBER + "\",\"address\":\"江门市蓬江区白沙街道1号\"}";
        String sealed = sealer.seal(text);
        assertTrue(sealed.startsWith("sealed:v1:k1:"), sealed);
        assertFalse(sealed.contains(ID_NUMBER) || sealed.contains("张三"));
        assertEquals(text, sealer.open(sealed));
    }

    @Test
    void theSameTextSealsDifferentlyEachTimeSoEqualValuesCannotBeMatched() {
        Sealer sealer = new Sealer(Map.of("k1", OLD), "k1");
        assertNotEquals(sealer.seal(ID_NUMBER), sealer.seal(ID_NUMBER));
    }

    @Test
    void valuesSealedByARetiredKeyStillOpenWhileTheNewKeySealsFromNowOn() {
        String underOld = new Sealer(Map.of("k1", OLD), "k1").seal(ID_NUMBER);
        Sealer rotated = new Sealer(Map.of("k1", OLD, "k2", NEW), "k2");
        assertEquals(ID_NUMBER, rotated.open(underOld));
        assertEquals(Optional.of("k1"), Sealer.keyOf(underOld));
        assertEquals(Optional.of("k2"), Sealer.keyOf(rotated.seal(ID_NUMBER)));
        assertEquals("sealed:v1:k2:", rotated.activeHeader());
    }

    @Test
    void anAlteredValueIsRefusedNotOpenedToSomethingElse() {
        Sealer sealer = new Sealer(Map.of("k1", OLD), "k1");
        String sealed = sealer.seal(ID_NUMBER);
        byte[] raw = Base64.getDecoder().decode(sealed.substring("sealed:v1:k1:".length()));
        raw[raw.length - 1] ^= 1;
        String altered = "sealed:v1:k1:" + Base64.getEncoder().withoutPadding().encodeToString(raw);
        SealingException e = assertThrows(SealingException.class, () -> sealer.open(altered));
        assertTrue(e.getMessage().contains("altered"));
        assertThrows(SealingException.class, () -> sealer.open(sealed.substring(0, sealed.length() - 4)));
    }

    @Test
    void aValueCannotBePassedOffAsSealedByAnotherKey() {
        Sealer both = new Sealer(Map.of("k1", OLD, "k2", OLD), "k1");
        String relabelled = both.seal(ID_NUMBER).replace("sealed:v1:k1:", "sealed:v1:k2:");
        assertThrows(SealingException.class, () -> both.open(relabelled));
    }

    @Test
    void aValueSealedByAKeyNoLongerHeldIsRefusedByName() {
        String underOld = new Sealer(Map.of("k1", OLD), "k1").seal(ID_NUMBER);
        SealingException e = assertThrows(SealingException.class, () -> new Sealer(Map.of("k2", NEW), "k2").open(underOld));
        assertTrue(e.getMessage().contains("k1"));
    }

    @Test
    void aValueWrittenBeforeSealingIsReadAsItIsUntilTheJobSealsIt() {
        Sealer sealer = new Sealer(Map.of("k1", OLD), "k1");
        assertEquals(ID_NUMBER, sealer.open(ID_NUMBER));
        assertNull(sealer.open(null));
        assertNull(sealer.seal(null));
        assertFalse(Sealer.isSealed(ID_NUMBER));
    }

    @Test
    void keysAreCheckedWhenTheServiceStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Sealer(Map.of("k1", new byte[16]), "k1"));
        assertThrows(IllegalArgumentException.class, () -> new Sealer(Map.of("k1", OLD), "k2"));
        assertThrows(IllegalArgumentException.class, () -> new Sealer(Map.of("K_1%", OLD), "K_1%"));
    }

    @Test
    void aKeyListNamesEachKeyOnce() {
        String list = "old:" + Base64.getEncoder().encodeToString(OLD) + ", new:" + Base64.getEncoder().encodeToString(NEW);
        Map<String, byte[]> keys = KeyList.parse(list);
        assertEquals(java.util.List.of("old", "new"), java.util.List.copyOf(keys.keySet()));
        assertEquals(32, keys.get("new").length);
        assertThrows(IllegalArgumentException.class, () -> KeyList.parse("old:" + Base64.getEncoder().encodeToString(OLD) + ",old:"
                + Base64.getEncoder().encodeToString(NEW)));
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class, () -> KeyList.parse("k1:%%%"));
        assertFalse(notBase64.getMessage().contains("%%%"), "a key is never echoed");
        assertThrows(IllegalArgumentException.class, () -> KeyList.parse(" , "));
        assertThrows(IllegalArgumentException.class, () -> KeyList.parse("nocolon"));
    }
}
