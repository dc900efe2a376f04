package org.fieldlaw.records;

import java.util.Map;

/**
 * What a feature says happened, for the record: the action (one of {@link RecordActions}), its
 * detail (kept as JSON) and where it happened, when known. The appender adds who, when and the chain.
 */
public record RecordLine(String action, Map<String, ?> detail, Double latitude, Double longitude) {

    public RecordLine {
        detail = detail == null ? Map.of() : detail;
    }

    public static RecordLine of(String action, Map<String, ?> detail) {
        return new RecordLine(action, detail, null, null);
    }

    public RecordLine at(Double latitude, Double longitude) {
        return new RecordLine(action, detail, latitude, longitude);
    }
}
