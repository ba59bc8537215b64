package org.strands.followup;

import java.time.Instant;

/**
 * One family's follow-up as staff see it: never the address in full, nothing about the child.
 *
 * @param address the address with most of it hidden, enough to recognise it
 * @param problem why the last message failed, or null
 * @param paused whether the address is paused after a provider refused it
 */
public record FollowUp(long id, String cause, Long contactId, Long journeyId, Channel channel, String address, String route, String locality,
        String status, Instant dueAt, Instant sentAt, Instant answeredAt, Instant expiresAt, int messagesSent, String problem, boolean paused) {
}
