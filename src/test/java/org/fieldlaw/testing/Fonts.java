package org.fieldlaw.testing;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/** The documents' CJK font: PDF tests skip with a message without it, except where FIELDLAW_FONT_REQUIRED says they must run (CI). */
public final class Fonts {

    private Fonts() {
    }

    public static void requireOrSkip() {
        if (!new File("/usr/share/fonts/truetype/arphic/uming.ttc").isFile() && !Boolean.parseBoolean(System.getenv("FIELDLAW_FONT_REQUIRED"))) {
            Assumptions.abort("the documents' CJK font is not installed (apt-get install fonts-arphic-uming)");
        }
    }
}
