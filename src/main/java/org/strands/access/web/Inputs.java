package org.strands.access.web;

import java.time.LocalDate;
import org.strands.platform.BadValue;
import org.strands.platform.Dates;
import org.strands.platform.InvalidInput;
import org.strands.provision.Choice;

/** Reads the API's values as the forms read them, a refusal naming its field. */
final class Inputs {

    private Inputs() {
    }

    static LocalDate date(String field, String text) {
        try {
            return Dates.date(text);
        } catch (BadValue e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    /** The choice named by its constant or label, null when empty; anything else is refused naming the field. */
    static <E extends Enum<E> & Choice> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Choice.parse(type, text).orElseThrow(() -> InvalidInput.of(field,
                "\u201c" + text.strip() + "\u201d is not one of " + Choice.allowed(type) + "."));
    }
}
