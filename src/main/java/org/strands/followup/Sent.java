package org.strands.followup;

/** What a provider said to one message. */
sealed interface Sent {

    /** Taken by the provider, which knows it by {@code providerId} (Notify's notification id, the SMTP Message-ID). */
    record Accepted(String providerId) implements Sent {
    }

    /** Not taken this time (a timeout, a rate limit, the provider's own fault): sent again later. */
    record TryAgain(String reason) implements Sent {
    }

    /**
     * Refused for good: not sent again, and shown to staff. When the address is at fault (it does not exist, or is not
     * one), nothing more goes to it until staff clear it; a message that cannot go this way for another reason (a text
     * message where the area sends by mail) fails alone. A problem with the area's settings (a key, a template) is not a
     * refusal: it is tried again, so that messages wait while the settings are put right.
     */
    record Refused(String reason, boolean addressAtFault) implements Sent {

        static Refused address(String reason) {
            return new Refused(reason, true);
        }

        static Refused message(String reason) {
            return new Refused(reason, false);
        }
    }
}
