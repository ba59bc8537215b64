package org.strands.platform;

/** Ends a background job as FAILED with a message that tells the person, in plain words, what happened. */
public class JobFailed extends RuntimeException {

    public JobFailed(String message) {
        super(message);
    }
}
