package org.strands.journey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.strands.platform.BadValue;
import org.strands.platform.Dates;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.provision.Choice;

/** Reads the API's values as the forms read them, a refusal naming its field. */
final class ApiInputs {

    private ApiInputs() {
    }

    static LocalDate date(String field, String text) {
        try {
            return Dates.date(text);
        } catch (BadValue e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    /** A month as "2021-03" or "3/2021"; null when blank. */
    static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] p = t.split("-");
                return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
            if (t.matches("\\d{1,2}/\\d{4}")) {
                String[] p = t.split("/");
                return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (java.time.DateTimeException e) {
            // refused below
        }
        throw InvalidInput.of(field, "Enter the month as year and month, like 2021-03.");
    }

    static BigDecimal decimal(String field, String text) {
        try {
            return Numbers.decimal(text);
        } catch (BadValue e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    static Integer whole(String field, String text) {
        try {
            return Numbers.wholeInt(text);
        } catch (BadValue e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    static Long id(String field, String text) {
        try {
            return Numbers.whole(text);
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
