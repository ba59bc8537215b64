package org.strands.platform;

/**
 * A value typed into a form, read from a file or sent to the API that is not of its kind. The message is plain
 * English, names the value as given and says what would do instead; it is the same wherever the value came from.
 */
public final class BadValue extends Exception {

    /** Which part of a date was wrong ("day", "month" or "year"), or null for the whole value. */
    private final String part;

    public BadValue(String message) {
        this(message, null);
    }

    public BadValue(String message, String part) {
        super(message, null, false, false);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
