package org.strands.directory;

import org.strands.framework.Level;
import org.strands.framework.Strand;

/**
 * What a family looks for: any of words, a worry, the child's age, a postcode (nearest first), a strand and a level.
 * Words are cut to {@link #LONGEST_TEXT} characters; any text gives results or none, never an error.
 */
public record DirectorySearch(String text, Worry worry, Integer age, String postcode, Strand strand, Level level, int page) {

    static final int LONGEST_TEXT = 200;
    public static final int PAGE_SIZE = 20;

    public DirectorySearch {
        text = words(text);
        postcode = postcode == null || postcode.isBlank() ? null : postcode.replaceAll("\\p{Cntrl}", " ").strip();
        page = Math.max(1, page);
    }

    /**
     * Words to search for as typed, made safe to search with: control characters (a NUL above all, which PostgreSQL's
     * text cannot hold) count as spaces, and only the first {@link #LONGEST_TEXT} characters are used; null for none.
     */
    static String words(String text) {
        String s = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        return s.isEmpty() ? null : s.length() > LONGEST_TEXT ? s.substring(0, LONGEST_TEXT) : s;
    }

    public static DirectorySearch everything() {
        return new DirectorySearch(null, null, null, null, null, null, 1);
    }
}
