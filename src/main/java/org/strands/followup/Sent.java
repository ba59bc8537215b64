package org.strands.followup;

/** What a provider said to one message. */
sealed interface Sent {

    /** Taken by the provider, which knows it by {@code providerId} (Notify's notification id, the SMTP Message-ID). */
    record Accepted(String providerId) implements Sent {
    }

    /** Not taken this time (a timeout, a rate limit, the provider's own fault): sent again later. */
    record TryAgain(String reason) implements Sent {
    }

    /** Refused for good (a bad address, a bad key or template): not sent again, the address paused and shown to staff. */
    record Refused(String reason) implements Sent {
    }
}
