package org.fieldlaw.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Query parameters are read as text and parsed here: JAX-RS answers an unparsable query
 * parameter with 404, while the caller needs a 400 naming the parameter.
 */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "日期格式应为 YYYY-MM-DD (expected a date YYYY-MM-DD): " + value);
        }
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw ApiException.invalid(name, "必填 (required)");
        }
        return date;
    }

    public static int requiredInt(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(name, "必填 (required)");
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ApiException.invalid(name, "应在 " + min + " 到 " + max + " 之间 (must be between " + min + " and " + max + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "应为整数 (expected a whole number): " + value);
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "应为 UUID (expected a UUID): " + value);
        }
    }

    /** An enum constant named by a query parameter, case-insensitive; null when absent, 400 when unknown. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "无法识别的取值 (unknown value): " + value);
        }
    }

    /** A map's view as {@code west,south,east,north} in degrees; null when absent, 400 when malformed. */
    public record Box(double west, double south, double east, double north) {
    }

    public static Box box(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            Box b = new Box(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()), Double.parseDouble(parts[2].trim()),
                    Double.parseDouble(parts[3].trim()));
            if (!(b.west() < b.east() && b.south() < b.north()) || b.south() < -90 || b.north() > 90 || b.west() < -180 || b.east() > 180) {
                throw new NumberFormatException();
            }
            return b;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "应为 west,south,east,north (经纬度，west < east，south < north)");
        }
    }
}
