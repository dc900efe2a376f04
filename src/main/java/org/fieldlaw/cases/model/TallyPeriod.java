package org.fieldlaw.cases.model;

import java.time.LocalDate;

/**
 * A report period cut for counting from monthly tallies: the whole calendar months inside it, and the
 * days before and after them that must be counted one case at a time. An empty part is a range that
 * ends before it begins, so a query of it finds nothing.
 *
 * @param firstMonth the first day of the first whole month
 * @param lastMonth the first day of the last whole month (before {@code firstMonth} when there is none)
 */
public record TallyPeriod(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth, LocalDate headEnd, LocalDate tailStart) {

    public static TallyPeriod of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period that ends before it begins");
        }
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLast = to.plusDays(1).withDayOfMonth(1);
        LocalDate lastMonth = afterLast.minusMonths(1);
        if (lastMonth.isBefore(firstMonth)) {
            return new TallyPeriod(from, to, firstMonth, firstMonth.minusMonths(1), to, to.plusDays(1));
        }
        return new TallyPeriod(from, to, firstMonth, lastMonth, firstMonth.minusDays(1), afterLast);
    }

    public boolean hasWholeMonths() {
        return !lastMonth.isBefore(firstMonth);
    }
}
