package org.strands.platform;

import java.util.Arrays;
import java.util.List;

/** Several values typed in one box or cell: separated by commas, semicolons or new lines; blanks dropped. */
public final class Lists {

    private Lists() {
    }

    public static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,;\\r\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The list as one line, as {@link #split} reads it back. */
    public static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
