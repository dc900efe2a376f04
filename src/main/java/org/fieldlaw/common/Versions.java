package org.fieldlaw.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic versions travel as ETag / If-Match: a stale write is refused, never merged. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; 428 when absent, 400 when unreadable. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.VERSION_REQUIRED, "请携带 If-Match 头，值为读取时的 ETag (send If-Match with the ETag you read)");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "If-Match 格式无效 (unreadable If-Match): " + ifMatch);
        }
    }

    public static void check(long current, long expected, Object currentState) {
        if (current != expected) {
            throw new ApiException(ProblemType.STALE_VERSION,
                    "数据已被修改：当前版本 " + current + "，您提交的版本 " + expected + " (stale version)")
                    .with("currentVersion", current)
                    .with("current", currentState);
        }
    }
}
