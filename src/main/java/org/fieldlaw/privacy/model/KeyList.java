package org.fieldlaw.privacy.model;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keys as configuration carries them, {@code id:base64,id:base64}, so one secret can hold the old keys beside the new. */
public final class KeyList {

    private KeyList() {
    }

    public static Map<String, byte[]> parse(String list) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("a key is written id:base64, not as given (item " + (keys.size() + 1) + ")");
            }
            String id = entry.substring(0, colon);
            try {
                if (keys.put(id, Base64.getDecoder().decode(entry.substring(colon + 1).strip())) != null) {
                    throw new IllegalArgumentException("key " + id + " is listed twice");
                }
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("key ")) {
                    throw e;
                }
                throw new IllegalArgumentException("key " + id + " is not base64");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key listed");
        }
        return keys;
    }
}
