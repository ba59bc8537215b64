package org.strands.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The choices of a select, radios or checkboxes: value sent to text shown, in order. */
public final class Options {

    private Options() {
    }

    public static <T> Map<String, String> of(Collection<T> items, Function<T, String> value, Function<T, String> text) {
        Map<String, String> options = new LinkedHashMap<>();
        items.forEach(i -> options.put(value.apply(i), text.apply(i)));
        return options;
    }

    /** Values shown as they are, such as locality names. */
    public static Map<String, String> of(Collection<String> values) {
        return of(values, Function.identity(), Function.identity());
    }
}
