package org.strands.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in the UK write them: "31/03/2027", "31 3 2027", "31-03-2027", "31.03.2027", "31 March 2027",
 * "31 Mar 2027", the ISO "2027-03-31", or day, month and year in three boxes. Years are written in full.
 */
public final class Dates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2}|[A-Za-z]+)\\s*[/.\\- ]\\s*(\\d{1,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm)?");
    private static final String EXAMPLE = "such as 31/03/2027";

    private Dates() {
    }

    /** The date in the text, or null when the text is blank. */
    public static LocalDate date(String text) throws BadValue {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return of(value, iso.group(3), iso.group(2), iso.group(1));
        }
        Matcher uk = DAY_FIRST.matcher(value);
        if (uk.matches()) {
            return of(value, uk.group(1), uk.group(2), uk.group(3));
        }
        throw new BadValue("\"" + value + "\" is not a date: enter day, month and year, " + EXAMPLE + ".");
    }

    /** A date from day, month and year boxes, or null when all three are blank; the error names the part that is wrong. */
    public static LocalDate date(String day, String month, String year) throws BadValue {
        String d = blankAsEmpty(day);
        String m = blankAsEmpty(month);
        String y = blankAsEmpty(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (d.isEmpty()) {
            throw new BadValue("The date must include a day.", "day");
        }
        if (m.isEmpty()) {
            throw new BadValue("The date must include a month.", "month");
        }
        if (y.isEmpty()) {
            throw new BadValue("The date must include a year.", "year");
        }
        return of(d + "/" + m + "/" + y, d, m, y);
    }

    private static LocalDate of(String value, String day, String month, String year) throws BadValue {
        if (!day.matches("\\d{1,2}")) {
            throw new BadValue("\"" + value + "\" is not a date: the day must be a number from 1 to 31.", "day");
        }
        int monthNumber = month(value, month);
        if (!year.matches("\\d{4}")) {
            throw new BadValue("\"" + value + "\" is not a date: write the year in full, " + EXAMPLE + ".", "year");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new BadValue("\"" + value + "\" is not a real date: check the day and month.", "day");
        }
    }

    private static int month(String value, String month) throws BadValue {
        if (month.matches("\\d{1,2}")) {
            int number = Integer.parseInt(month);
            if (number >= 1 && number <= 12) {
                return number;
            }
        } else {
            for (Month m : Month.values()) {
                if (month.equalsIgnoreCase(m.getDisplayName(TextStyle.FULL, Locale.UK))
                        || month.equalsIgnoreCase(m.getDisplayName(TextStyle.SHORT, Locale.UK))
                        || month.equalsIgnoreCase("sept") && m == Month.SEPTEMBER) {
                    return m.getValue();
                }
            }
        }
        throw new BadValue("\"" + value + "\" is not a date: the month must be a number from 1 to 12.", "month");
    }

    /**
     * A time of day as people write it ("09:30", "9.30", "14:05", "2pm", "2:30 pm"), or null when the text is blank.
     */
    public static LocalTime time(String text) throws BadValue {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.UK).replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(value);
        if (m.matches() && value.length() <= 10) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (half != null && (hour < 1 || hour > 12)) {
                throw new BadValue("\"" + text.strip() + "\" is not a time: with am or pm the hour is from 1 to 12.");
            }
            if (half != null) {
                hour = hour % 12 + (half.equals("pm") ? 12 : 0);
            }
            if (hour <= 23 && minute <= 59 && (half != null || m.group(2) != null)) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new BadValue("\"" + (text == null ? "" : text.strip()) + "\" is not a time of day: enter it like 09:30 or 14:00.");
    }

    private static String blankAsEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
