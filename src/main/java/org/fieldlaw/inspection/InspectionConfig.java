package org.fieldlaw.inspection;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** The case-file inspection checklist (案卷评查表): configuration, as each city sets its own. */
@ConfigMapping(prefix = "fieldlaw.inspection")
public interface InspectionConfig {

    List<Item> checklist();

    interface Item {
        String key();

        String name();

        int points();
    }
}
