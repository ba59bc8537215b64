package org.strands.platform;

/** Nothing the person may see exists under this address. Answered as 404, also for other areas' data. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
