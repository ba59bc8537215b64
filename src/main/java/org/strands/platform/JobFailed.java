package org.strands.platform;

import java.util.List;

/**
 * Ends a background job as FAILED with a message that tells the person, in plain words, what happened, and
 * for rejected input every reason row by row (then the job's result is the URL of that list).
 */
public class JobFailed extends RuntimeException {

    private final transient List<RowError> errors;
    private final long total;

    public JobFailed(String message) {
        this(message, List.of());
    }

    public JobFailed(String message, List<RowError> errors) {
        this(message, errors, errors.size());
    }

    /** As {@link #JobFailed(String, List)}, the errors being the first of {@code total} (see {@link RowErrors}). */
    public JobFailed(String message, List<RowError> errors, long total) {
        super(message);
        this.errors = List.copyOf(errors);
        this.total = Math.max(total, errors.size());
    }

    public List<RowError> errors() {
        return errors;
    }

    /** How many reasons there were in all, listed or not. */
    public long total() {
        return total;
    }
}
