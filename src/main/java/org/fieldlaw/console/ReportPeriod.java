package org.fieldlaw.console;

import java.time.LocalDate;
import org.fieldlaw.common.Params;

/** The period a report page covers: as asked, or this year so far; the report checks its length. */
record ReportPeriod(LocalDate from, LocalDate to) {

    static ReportPeriod of(String from, String to, LocalDate today) {
        return new ReportPeriod(from == null || from.isBlank() ? today.withDayOfYear(1) : Params.date("from", from),
                to == null || to.isBlank() ? today : Params.date("to", to));
    }
}
