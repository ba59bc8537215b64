package org.strands.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with every reason found. Answered as 422 with
 * {@code {"errors":[{"row":7,"column":"Outcomes","message":"…"}]}}; nothing from the input was stored.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<RowError> errors;

    public InvalidInput(String summary, List<RowError> errors) {
        super(summary);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(message, List.of(new RowError(0, field, message)));
    }

    public List<RowError> errors() {
        return errors;
    }
}
