package org.strands.place.reference;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.strands.platform.Numbers;

/** How a value in a reference file is checked and converted; each failure has a plain-English reason. */
enum ColumnType {
    TEXT,
    GSS_CODE,
    INTEGER,
    DECIMAL,
    PERCENT,
    DECILE,
    LATITUDE,
    LONGITUDE,
    SMALL_AREA,
    POSTCODE,
    DISTRICT,
    GRID_METRES;

    private static final Pattern GSS = Pattern.compile("^[EWSN]\\d{8}$");
    /** The ONS Postcode Directory gives the Channel Islands (L99999999) and the Isle of Man (M99999999) codes of this shape. */
    private static final Pattern DISTRICT_OR_ISLANDS = Pattern.compile("^[EWSNLM]\\d{8}$");
    /** GIAS marks establishments outside England and Wales with these instead of a small area. */
    private static final java.util.Set<String> NO_SMALL_AREA = java.util.Set.of("999999999", "L99999999", "M99999999");

    /** The value to store, or null for an allowed blank. */
    Object convert(String raw) throws BadValue {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        return switch (this) {
            case TEXT -> value;
            case GSS_CODE -> {
                if (!GSS.matcher(value).matches()) {
                    throw new BadValue("\"" + value + "\" is not an ONS code such as E01005678 or E08000007");
                }
                yield value;
            }
            case DISTRICT -> {
                if (!DISTRICT_OR_ISLANDS.matcher(value).matches()) {
                    throw new BadValue("\"" + value + "\" is not a local authority code such as E08000007");
                }
                yield value;
            }
            case SMALL_AREA -> {
                if (NO_SMALL_AREA.contains(value)) {
                    yield null;
                }
                if (!GSS.matcher(value).matches()) {
                    throw new BadValue("\"" + value + "\" is not a small area (LSOA) code such as E01005678");
                }
                yield value;
            }
            case INTEGER -> {
                long n = whole(number(value), value);
                if (n < 0 || n > Integer.MAX_VALUE) {
                    throw new BadValue(value + " is not a count from 0 upwards");
                }
                yield (int) n;
            }
            case DECIMAL -> {
                BigDecimal d = number(value);
                if (d.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                    throw new BadValue(value + " is too large: a score here is below 10,000");
                }
                yield d;
            }
            case PERCENT -> {
                BigDecimal d = number(value);
                if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new BadValue(value + " is not a percentage from 0 to 100");
                }
                yield d;
            }
            case DECILE -> {
                BigDecimal d = number(value);
                long n = whole(d, value);
                if (n < 1 || n > 10) {
                    throw new BadValue(value + " is not a decile from 1 to 10");
                }
                yield (int) n;
            }
            case POSTCODE -> {
                try {
                    yield PostcodeFormat.directoryKey(value);
                } catch (org.strands.platform.BadValue e) {
                    throw new BadValue(e.getMessage().replaceAll("\\.$", ""));
                }
            }
            case GRID_METRES -> {
                double metres = ranged(value, 0, 1_300_000, "grid reference in metres");
                yield (int) Math.round(metres);
            }
            case LATITUDE -> ranged(value, -90, 90, "latitude");
            case LONGITUDE -> ranged(value, -180, 180, "longitude");
        };
    }

    private static BigDecimal number(String value) throws BadValue {
        try {
            return Numbers.decimal(value);
        } catch (org.strands.platform.BadValue e) {
            throw new BadValue(e.getMessage().replaceAll("\\.$", ""));
        }
    }

    private static long whole(BigDecimal d, String value) throws BadValue {
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue(value + " is not a whole number");
        }
    }

    private static double ranged(String value, double min, double max, String what) throws BadValue {
        double d = number(value).doubleValue();
        if (d < min || d > max) {
            throw new BadValue(value + " is not a " + what + " between " + min + " and " + max);
        }
        return d;
    }

    /** A value that does not fit its column. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }
}
