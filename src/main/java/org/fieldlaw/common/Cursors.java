package org.fieldlaw.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/** Keyset cursors: the sort key and id of the last item of a page, opaque to clients. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(Object key, Object id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the next page starts: after this key and id. */
    public record After<K>(K key, UUID id) {
    }

    /** The position a cursor carries, its key read by {@code key}; null for none (the first page); 400 when it is not one of ours. */
    public static <K> After<K> after(String cursor, Function<String, K> key) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = decode(cursor);
        try {
            return new After<>(key.apply(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    private static ApiException unreadable() {
        return ApiException.invalid("cursor", "无法识别的游标 (unreadable cursor)");
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
        throw unreadable();
    }
}
