package org.strands.provision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A closed list of values with plain-English labels, parsed from either (as spreadsheet cells are). */
public interface Choice {

    String name();

    String label();

    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_'))
                        || e.label().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The labels a person may choose from, as they read on the pages: "NHS trust, Local authority or School". */
    static <E extends Enum<E> & Choice> String allowed(Class<E> type) {
        java.util.List<String> labels = Arrays.stream(type.getEnumConstants()).map(Choice::label).toList();
        return labels.size() < 2 ? String.join("", labels)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }
}
