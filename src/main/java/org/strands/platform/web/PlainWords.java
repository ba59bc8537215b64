package org.strands.platform.web;

import java.util.regex.Pattern;
import org.strands.platform.Copy;

/** Keeps internal names out of what a person reads: a message that carries a code reads as the plain copy instead. */
final class PlainWords {

    private static final Pattern INTERNAL = Pattern.compile(
            "\\b[A-Z]+_[A-Z_]+\\b|\\[[A-Z_, ]+\\]|\\b[a-z]+[A-Za-z]*\\[\\d+\\]|\\b(org|java|jakarta|tools)\\.[a-z]+\\.|No enum constant");

    private PlainWords() {
    }

    /** The message if it is plain words, otherwise the copy of the code. */
    static String orCopy(String message, String code) {
        return message == null || message.isBlank() || INTERNAL.matcher(message).find() ? Copy.of(code) : message;
    }
}
