package org.strands.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * How numbers and dates read everywhere: thousands separators, sensible decimals, UK dates in Europe/London
 * ("2 December 2026", "2 December 2026, 14:05"). Pages call it as {@code ${@formats.whole(n)}}; exports use the
 * static methods.
 */
@Component("formats")
public class Formats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Copy.LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Copy.LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Copy.LOCALE);

    /** A whole number with thousands separators: 14,500. Null reads as an empty string. */
    public String whole(Number n) {
        return n == null ? "" : decimals(n, 0);
    }

    /** A number with thousands separators and at most two decimals, none when whole: 14,500 and 1.5. */
    public String number(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Copy.LOCALE);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
    }

    /** A number rounded to the given decimal places, with thousands separators: 1,234.5. */
    public String decimal(Number n, int places) {
        return n == null ? "" : decimals(n, places);
    }

    /** A date in Europe/London: 2 December 2026. */
    public String date(TemporalAccessor t) {
        return ukDate(t);
    }

    /** The same, for exports and other text written outside a page. */
    public static String ukDate(TemporalAccessor t) {
        return t == null ? "" : DATE.format(inLondon(t));
    }

    /** A date and time in Europe/London: 2 December 2026, 14:05. */
    public String dateTime(TemporalAccessor t) {
        return t == null ? "" : DATE_TIME.format(inLondon(t));
    }

    /** A time of day in Europe/London: 14:05. */
    public String time(TemporalAccessor t) {
        return t == null ? "" : TIME.format(inLondon(t));
    }

    /** Rounds to the decimal places: 558.4799999999999 to 2 places is 558.48. */
    public static BigDecimal rounded(Number n, int places) {
        BigDecimal value = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        BigDecimal r = value.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    static String decimals(Number n, int places) {
        NumberFormat format = NumberFormat.getNumberInstance(Copy.LOCALE);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
    }

    private static TemporalAccessor inLondon(TemporalAccessor t) {
        return switch (t) {
            case Instant i -> i.atZone(LONDON);
            case OffsetDateTime o -> o.atZoneSameInstant(LONDON);
            case ZonedDateTime z -> z.withZoneSameInstant(LONDON);
            case LocalDateTime l -> l;
            case LocalDate d -> d;
            default -> t;
        };
    }
}
