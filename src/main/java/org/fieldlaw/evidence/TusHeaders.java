package org.fieldlaw.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldlaw.common.ApiException;

/** The tus 1.0 header formats this service reads: Upload-Metadata and Upload-Checksum. */
final class TusHeaders {

    static final String VERSION = "1.0.0";
    static final String EXTENSIONS = "creation,checksum";
    static final String CHECKSUM_ALGORITHMS = "sha1,sha256,md5";
    static final String OFFSET_CONTENT_TYPE = "application/offset+octet-stream";

    /** A checksum the client sent for one PATCH body. */
    record Checksum(MessageDigest digest, byte[] expected) {
    }

    private TusHeaders() {
    }

    /** {@code key base64value,key2 base64value2}; a key may stand alone (empty value). */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", 2);
            if (parts[0].isEmpty()) {
                throw new IllegalArgumentException("Upload-Metadata: empty key");
            }
            String value = parts.length == 2 ? new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8) : "";
            if (values.put(parts[0], value) != null) {
                throw new IllegalArgumentException("Upload-Metadata: key given twice: " + parts[0]);
            }
        }
        return values;
    }

    /** Upload-Offset: where the bytes of a PATCH start; required, never negative. */
    static long offset(String header) {
        try {
            long offset = Long.parseLong(header == null ? "" : header.trim());
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Upload-Offset", "必填，非负整数 (required, a non-negative integer)");
        }
    }

    /** {@code <algorithm> <base64 digest>}; null when absent. */
    static Checksum checksum(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split(" ", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Upload-Checksum: expected '<algorithm> <base64>'");
        }
        String algorithm = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "md5" -> "MD5";
            default -> throw new IllegalArgumentException("Upload-Checksum: unsupported algorithm " + parts[0]
                    + " (supported: " + CHECKSUM_ALGORITHMS + ")");
        };
        try {
            return new Checksum(MessageDigest.getInstance(algorithm), Base64.getDecoder().decode(parts[1].trim()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
