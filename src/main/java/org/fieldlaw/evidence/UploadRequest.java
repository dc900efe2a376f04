package org.fieldlaw.evidence;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.Texts;

/**
 * A tus creation request, read and checked: the file's length, the owner it is for (named by one
 * of the owners' metadata keys), the phone's own upload id, and what the phone knows of the file.
 */
record UploadRequest(long length, String ownerKey, UUID ownerId, UUID id, String step, String filename, String mediaType,
        EvidenceKind kind, OffsetDateTime capturedAt, Double latitude, Double longitude, Double accuracyM, String device) {

    static UploadRequest read(String lengthHeader, String metadataHeader, long maxSize, Set<String> ownerKeys) {
        long length = length(lengthHeader, maxSize);
        Map<String, String> meta;
        try {
            meta = TusHeaders.metadata(metadataHeader);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Metadata", "无法解析 (unreadable): " + e.getMessage());
        }
        String ownerKey = null;
        UUID ownerId = null;
        for (String key : ownerKeys) {
            UUID named = uuid(meta, key, false);
            if (named != null && ownerKey != null) {
                ownerKey = null;
                break;
            }
            if (named != null) {
                ownerKey = key;
                ownerId = named;
            }
        }
        if (ownerKey == null) {
            String keys = String.join(" 或 ", ownerKeys);
            throw ApiException.invalid("Upload-Metadata", keys + " 须填写其一 (name exactly one of " + String.join(", ", ownerKeys) + ")");
        }
        UUID id = meta.containsKey("id") ? uuid(meta, "id", true) : UUID.randomUUID();
        String mediaType = Texts.blankToNull(meta.get("filetype"));
        String filename = Texts.blankToNull(meta.get("filename"));
        String device = Texts.blankToNull(meta.get("device"));
        if (filename != null && filename.length() > 255 || device != null && device.length() > 128
                || mediaType != null && mediaType.length() > 128) {
            throw ApiException.invalid("Upload-Metadata", "filename ≤ 255, device ≤ 128, filetype ≤ 128 个字符");
        }
        return new UploadRequest(length, ownerKey, ownerId, id, Texts.blankToNull(meta.get("step")), filename, mediaType,
                kind(meta.get("kind"), mediaType), instant(meta.get("capturedAt")), number(meta, "latitude", -90, 90),
                number(meta, "longitude", -180, 180), number(meta, "accuracy", 0, 100_000), device);
    }

    private static long length(String header, long maxSize) {
        if (header == null || header.isBlank()) {
            throw ApiException.invalid("Upload-Length", "必填；不支持 Upload-Defer-Length (required; deferred length is not supported)");
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Length", "须为整数 (an integer)");
        }
        if (length <= 0) {
            throw ApiException.invalid("Upload-Length", "须大于零 (more than zero)");
        }
        if (length > maxSize) {
            throw new ApiException(ProblemType.TOO_LARGE, "文件超过上限 " + maxSize + " 字节 (larger than Tus-Max-Size)");
        }
        return length;
    }

    private static EvidenceKind kind(String given, String mediaType) {
        if (given == null || given.isBlank()) {
            return EvidenceKind.ofMediaType(mediaType);
        }
        try {
            return EvidenceKind.valueOf(given.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Metadata", "kind 应为 PHOTO, VIDEO, AUDIO 或 DOCUMENT");
        }
    }

    private static UUID uuid(Map<String, String> meta, String key, boolean required) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalid("Upload-Metadata", key + " 必填 (required)");
            }
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("Upload-Metadata", key + " 不是 UUID (not a UUID)");
        }
    }

    private static Double number(Map<String, String> meta, String key, double min, double max) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (d < min || d > max || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Metadata", key + " 应为 " + min + " 到 " + max + " 之间的数 (a number in range)");
        }
    }

    private static OffsetDateTime instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Upload-Metadata", "capturedAt 应为带时区的 ISO 8601 时间 (an ISO 8601 instant with offset)");
        }
    }

}
