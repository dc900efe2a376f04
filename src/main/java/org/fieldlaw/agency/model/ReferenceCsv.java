package org.fieldlaw.agency.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the shipped reference files (src/main/resources/reference): the holiday schedule and the administrative
 * divisions. Lines starting with '#' are comments; the first other line is the header.
 */
public final class ReferenceCsv {

    public record Division(JurisdictionLevel level, String code, String name, String parentCode, String kind,
            boolean officialCode) {
    }

    private ReferenceCsv() {
    }

    public static List<ScheduledDay> holidays(Reader reader) throws IOException {
        List<ScheduledDay> days = new ArrayList<>();
        for (String[] row : rows(reader, 3)) {
            DayKind kind = switch (row[1].trim()) {
                case "holiday" -> DayKind.HOLIDAY;
                case "workday" -> DayKind.WORKDAY;
                default -> throw new IllegalArgumentException("unknown day kind: " + row[1]);
            };
            days.add(new ScheduledDay(LocalDate.parse(row[0].trim()), kind, row[2].trim()));
        }
        return days;
    }

    /**
     * Divisions in file order. Rows without a code (towns) get one assigned by Fieldlaw: the
     * parent's code followed by a three-digit sequence in file order, marked as not official.
     */
    public static List<Division> divisions(Reader reader) throws IOException {
        List<Division> divisions = new ArrayList<>();
        Map<String, Integer> nextSequence = new HashMap<>();
        for (String[] row : rows(reader, 5)) {
            JurisdictionLevel level = JurisdictionLevel.valueOf(row[0].trim().toUpperCase(Locale.ROOT));
            String code = row[1].trim();
            String parent = row[3].trim();
            boolean official = !code.isEmpty();
            if (!official) {
                if (parent.isEmpty()) {
                    throw new IllegalArgumentException("division without code or parent: " + row[2]);
                }
                int seq = nextSequence.merge(parent, 1, Integer::sum);
                code = parent + String.format("%03d", seq);
            }
            divisions.add(new Division(level, code, row[2].trim(), parent.isEmpty() ? null : parent, row[4].trim(), official));
        }
        return divisions;
    }

    private static List<String[]> rows(Reader reader, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean header = true;
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] row = line.split(",", -1);
            if (row.length != columns) {
                throw new IllegalArgumentException("line " + number + ": expected " + columns + " columns: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
