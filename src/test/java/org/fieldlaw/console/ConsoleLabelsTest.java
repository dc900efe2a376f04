package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.fieldlaw.records.RecordActions;
import org.junit.jupiter.api.Test;

class ConsoleLabelsTest {

    @Test
    void everyActionOfTheFullProcessRecordIsShownInChinese() throws Exception {
        for (Field f : RecordActions.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().endsWith("_PREFIX")) {
                String action = (String) f.get(null);
                assertNotEquals(action, ConsoleLabels.recordAction(action), "no Chinese name for " + action);
            }
        }
    }
}
