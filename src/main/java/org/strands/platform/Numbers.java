package org.strands.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people type them: "1500", "1,500", "1500.25", "-3". Commas only between thousands; a decimal comma
 * ("1,5") is refused rather than read as 15. Exponents have at most two digits ("4.9e-05"), so "1e999999999" cannot
 * stand for a huge number.
 */
public final class Numbers {

    /** Longer than any figure Strands stores, and short enough that parsing it costs nothing. */
    private static final int LONGEST = 40;
    /** Spreadsheets and national files write small figures such as 4.9e-05; an exponent of at most two digits. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d{1,2})?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** The number in the text, or null when the text is blank. */
    public static BigDecimal decimal(String text) throws BadValue {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        String plain = value.startsWith("£") ? value.substring(1).strip() : value;
        if (plain.length() > LONGEST) {
            throw new BadValue("\"" + shortened(value) + "\" is too long to be a number.");
        }
        if (THOUSANDS.matcher(plain).matches()) {
            return new BigDecimal(plain.replace(",", ""));
        }
        if (PLAIN.matcher(plain).matches()) {
            return new BigDecimal(plain);
        }
        if (plain.contains(",")) {
            throw new BadValue("\"" + value + "\" is not a number: use a full stop for decimals (1.5) and commas only between thousands (1,500).");
        }
        throw new BadValue("\"" + value + "\" is not a number.");
    }

    /** The whole number in the text, or null when the text is blank; "12.0" is 12, "12.5" is refused. */
    public static Long whole(String text) throws BadValue {
        BigDecimal number = decimal(text);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue("\"" + text.strip() + "\" is not a whole number.");
        }
    }

    /** A whole number that fits an int, or null when the text is blank. */
    public static Integer wholeInt(String text) throws BadValue {
        Long number = whole(text);
        if (number == null) {
            return null;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new BadValue("\"" + text.strip() + "\" is too large.");
        }
        return number.intValue();
    }

    private static String shortened(String value) {
        return value.substring(0, 20) + "…";
    }
}
