package org.strands.place.reference;

import java.util.Locale;
import java.util.regex.Pattern;
import org.strands.platform.BadValue;

/**
 * The shape of a full UK postcode, and its usual form: capitals, one space before the last three characters
 * ("SK1 3XE"). Any case and spacing is accepted; anything else is refused in plain words.
 */
public final class PostcodeFormat {

    /** Spaces of every kind, a non-breaking space pasted from a web page included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** Longer than any postcode however spaced; longer text is refused before it is looked at. */
    private static final int LONGEST = 16;
    /** Text of any length is refused at once past this, before even its spaces are read. */
    private static final int LONGEST_TEXT = 200;

    /**
     * The outward code (one or two letters, a digit, an optional digit or letter) and the inward code (a digit and two
     * letters), and GIR 0AA: the usual UK postcode pattern, loose enough for every postcode in the ONS directory that
     * people use (a stricter one refuses old London districts such as W1M).
     */
    private static final Pattern FULL = Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2})$");

    /** A key of the ONS directory, which also lists pseudo-postcodes such as NPT 0AD (Newport before 1984). */
    private static final Pattern DIRECTORY = Pattern.compile("^[A-Z0-9]{2,4}[0-9][A-Z]{2}$");

    private PostcodeFormat() {
    }

    /** The usual form of a postcode as a person gives it, or the reason it is not one. */
    public static String normalise(String text) throws BadValue {
        return normalise(text, FULL);
    }

    /** The usual form of a postcode in the ONS directory, where pseudo-postcodes are kept too. */
    static String directoryKey(String text) throws BadValue {
        return normalise(text, DIRECTORY);
    }

    private static String normalise(String text, Pattern pattern) throws BadValue {
        if (text != null && text.length() > LONGEST_TEXT) {
            throw tooLong(text.strip());
        }
        String given = text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
        if (given.isEmpty()) {
            throw new BadValue("Enter a postcode, such as SK1 3XE.");
        }
        if (given.length() > LONGEST) {
            throw tooLong(given);
        }
        String compact = given.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!pattern.matcher(compact).matches()) {
            throw new BadValue("\"" + given + "\" is not a full UK postcode, such as SK1 3XE.");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static BadValue tooLong(String given) {
        return new BadValue("\"" + given.substring(0, Math.min(given.length(), LONGEST - 4)) + "…\" is too long to be a UK postcode, such as SK1 3XE.");
    }
}
