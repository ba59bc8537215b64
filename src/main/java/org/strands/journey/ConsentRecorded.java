package org.strands.journey;

import java.time.Instant;
import java.util.List;

/**
 * A family's answer to a request for consent was recorded for a child, with the words they were shown; published in
 * the transaction that records it. The follow-up module keeps agreement to messages in its own history and stops
 * messages when it is withdrawn.
 *
 * @param journeyIds the child's journeys, open or closed
 */
public record ConsentRecorded(long areaId, long childId, ConsentPurpose purpose, boolean given, ConsentChannel how, String wordsShown,
        String recordedBy, Instant recordedAt, List<Long> journeyIds) {

    public ConsentRecorded {
        journeyIds = List.copyOf(journeyIds);
    }
}
