package org.strands.platform;

/**
 * A request that cannot be met because of the state of things, not because of its input: a session that is full, say.
 * Answered as 409 with the message, which says what happened and what to do instead; nothing was changed.
 */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The field or thing the conflict is about, as the API names it. */
    public String field() {
        return field;
    }
}
