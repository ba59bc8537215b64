package org.strands.journey;

/**
 * A family opened a link of theirs that was used or out of date and asked for a new one; published in that request's
 * transaction. Whoever sent the link (the follow-up module) may send a fresh one; nobody else learns of it.
 */
public record NewAnswerLinkAsked(long areaId, Long journeyId, Long contactId, int part) {
}
