package org.strands.directory.imports;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Text as the directory keeps it, from what a feed gives: characters no text column can hold (NUL and other control
 * characters) removed, HTML tags taken out of descriptions, spaces tidied; and the JSON values a field may hold, read
 * without ever failing.
 */
final class FeedText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*(\\n\\s*)+");

    private FeedText() {
    }

    /** The field's text, or null when it is absent, null or blank. Throws {@link NotText} when it is there but not text. */
    static String text(JsonNode parent, String field) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isString()) {
            throw new NotText(OrukJson.kind(value));
        }
        String text = clean(value.stringValue());
        return text.isBlank() ? null : text;
    }

    /** The field's text as {@link #text}, or null when it is not text. */
    static String textOrNull(JsonNode parent, String field) {
        try {
            return text(parent, field);
        } catch (NotText e) {
            return null;
        }
    }

    /** On one line: control characters gone, every run of white space one space. */
    static String clean(String text) {
        return SPACES.matcher(CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")).replaceAll(" ").strip();
    }

    /** Plain text from text that may hold HTML: tags gone (breaks and ends of paragraphs kept as new lines), the common entities read. */
    static String plain(String html) {
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "’")
                .replace("&apos;", "’").replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** The field's list, or an empty one when it is absent or not a list. */
    static Iterable<JsonNode> list(JsonNode parent, String field) {
        JsonNode value = parent == null ? null : parent.get(field);
        return value != null && value.isArray() ? value.values() : java.util.List.of();
    }

    static int count(JsonNode parent, String field) {
        JsonNode value = parent == null ? null : parent.get(field);
        return value != null && value.isArray() ? value.size() : 0;
    }

    /** The field's object, or null when it is absent or not an object. */
    static JsonNode object(JsonNode parent, String field) {
        JsonNode value = parent == null ? null : parent.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** Whether the field holds something: not absent, not null, not an empty text, list or object. */
    static boolean present(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && !value.isNull() && !value.isMissingNode() && !(value.isString() && value.stringValue().isBlank())
                && !((value.isArray() || value.isObject()) && value.isEmpty());
    }

    /** How many characters, as PostgreSQL counts them (a character outside the BMP is one). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Cut to the limit, counted as {@link #length}. */
    static String cut(String text, int limit) {
        return length(text) <= limit ? text : text.substring(0, text.offsetByCodePoints(0, limit)).strip();
    }

    /** A value that should be text and is not: what it is instead. */
    static final class NotText extends RuntimeException {

        NotText(String kind) {
            super(kind, null, false, false);
        }
    }
}
