package org.strands.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;

/**
 * What was wrong with a submitted form, field by field: each message is shown beside its field (the form component
 * fragments look it up by the field's id in {@code fieldErrors}) and again in the error summary, linked to the field.
 * The form's command record keeps the text as entered, so every value is shown again.
 */
public final class FormErrors {

    /** Parses one value; throws {@link BadValue} with a plain message. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws BadValue;
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<RowError> summary = new ArrayList<>();

    /** Records a message for a field (the first one a field gets is kept), linked from the summary to the field's id. */
    public void add(String field, String message) {
        add(field, field, message);
    }

    /** As {@link #add(String, String)}, the summary linking to {@code target} (one input of a group, such as a date's day). */
    public void add(String field, String target, String message) {
        if (byField.putIfAbsent(field, message) == null) {
            summary.add(new RowError(0, target, message));
        }
    }

    /**
     * Every error of a refused command, each placed by its field: {@code fieldOf} turns the reported column into a field
     * id. Errors about a row of an uploaded file stay in the summary with their row and column.
     */
    public void addAll(InvalidInput refused, Function<String, String> fieldOf) {
        refused.errors().forEach(e -> {
            if (e.row() == 0) {
                add(fieldOf.apply(e.column()), e.message());
            } else {
                summary.add(e);
            }
        });
    }

    /** The value of the text, or null with the parser's message recorded against the field. */
    public <T> T parse(String field, String text, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (BadValue e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** A date from a date input's day, month and year boxes ({@code field-day}, {@code field-month}, {@code field-year}). */
    public LocalDate date(String field, String day, String month, String year) {
        try {
            return Dates.date(day, month, year);
        } catch (BadValue e) {
            add(field, field + "-" + (e.part() == null ? "day" : e.part()), e.getMessage());
            return null;
        }
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    public Map<String, String> byField() {
        return Collections.unmodifiableMap(byField);
    }

    public List<RowError> summary() {
        return List.copyOf(summary);
    }

    /** Puts the errors where the page's fragments look for them: {@code errors} for the summary, {@code fieldErrors} by field. */
    public void addTo(Model model) {
        model.addAttribute("errors", summary());
        model.addAttribute("fieldErrors", byField());
    }
}
