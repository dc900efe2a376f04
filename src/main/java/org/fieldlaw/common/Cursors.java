package org.fieldlaw.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset cursors: the sort key and id of the last item of a page, opaque to clients. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(Object key, Object id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The key and id a cursor carries; 400 when it is not one of ours. */
    public static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalid("cursor", "无法识别的游标 (unreadable cursor)");
    }
}
