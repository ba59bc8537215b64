package org.strands.platform;

/**
 * How long each kind of text may be, the same in forms, the API, spreadsheets and the database's CHECK constraints
 * (migration {@code V202612030300__platform_text_limits.sql}). Lengths are in characters.
 */
public final class TextLimits {

    /** A name, title, code, reference or other one-line value. */
    public static final int NAME = 200;
    /** A web link. */
    public static final int WEB_LINK = 2_000;
    /** A description or other paragraph. */
    public static final int DESCRIPTION = 5_000;
    /** A note, the longest text anyone types. */
    public static final int NOTE = 10_000;
    /** Evidence links on one offer. */
    public static final int EVIDENCE_LINKS = 50;

    private TextLimits() {
    }

    /** Whether the text holds a NUL character, which PostgreSQL cannot store and nobody types. */
    public static boolean hasNul(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }
}
