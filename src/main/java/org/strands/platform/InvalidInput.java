package org.strands.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with every reason found. Answered as 422 with
 * {@code {"errors":[{"row":7,"column":"Outcomes","message":"…"}],"total":1}}; nothing from the input was stored.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<RowError> errors;
    private final long total;

    public InvalidInput(String summary, List<RowError> errors) {
        this(summary, errors, errors.size());
    }

    /** Input refused for {@code total} reasons, of which {@code errors} are the first (see {@link RowErrors}). */
    public InvalidInput(String summary, List<RowError> errors, long total) {
        super(summary);
        this.errors = List.copyOf(errors);
        this.total = Math.max(total, errors.size());
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(message, List.of(new RowError(0, field, message)));
    }

    public List<RowError> errors() {
        return errors;
    }

    /** How many reasons were found, listed or not: more than {@link #errors()} holds when the list was cut short. */
    public long total() {
        return total;
    }
}
