package org.fieldlaw.records;

import java.util.UUID;

/** Who made a line of a record: an officer, or the service itself (an alarm it raised from the visits). */
public record Actor(UUID id, String name) {

    /** The service acting on its own: no officer id, and a name that says so. */
    public static final Actor SYSTEM = new Actor(null, "系统 (system)");
}
