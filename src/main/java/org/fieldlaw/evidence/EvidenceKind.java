package org.fieldlaw.evidence;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a file of evidence is; named by the upload, or read from its media type. */
@Schema(name = "Kind")
public enum EvidenceKind {
    PHOTO, VIDEO, AUDIO, DOCUMENT;

    static EvidenceKind ofMediaType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return PHOTO;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        return type.startsWith("audio/") ? AUDIO : DOCUMENT;
    }
}
