package org.strands.platform;

import java.util.List;

/**
 * Ends a background job as FAILED with a message that tells the person, in plain words, what happened, and
 * for rejected input every reason row by row (then the job's result is the URL of that list).
 */
public class JobFailed extends RuntimeException {

    private final transient List<RowError> errors;

    public JobFailed(String message) {
        this(message, List.of());
    }

    public JobFailed(String message, List<RowError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
