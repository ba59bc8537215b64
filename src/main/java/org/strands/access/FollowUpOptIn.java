package org.strands.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A family who, booking a drop-in, agreed to be asked later how things went: where to write to (the email address, else
 * the mobile number) and what they were shown when they agreed.
 */
public record FollowUpOptIn(long contactId, UUID bookingId, String email, String phone, String wordsShown, Instant givenAt) {

    /** The words beside the box on the booking page, stored with the family's answer. */
    public static final String WORDS = "You may contact me in a few weeks to ask how things are going. "
            + "A short message with a link to a few questions. You can say no at any time.";
}
