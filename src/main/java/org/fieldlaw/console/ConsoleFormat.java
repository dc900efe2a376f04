package org.fieldlaw.console;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console prints times (in the legal zone, to the minute) and amounts (yuan, no trailing zeros). */
final class ConsoleFormat {

    static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsoleFormat() {
    }

    static String minute(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(LEGAL_ZONE).format(MINUTE);
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
