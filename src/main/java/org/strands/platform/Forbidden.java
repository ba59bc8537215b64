package org.strands.platform;

/** The person belongs to the area but their role does not allow this. Answered as 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
