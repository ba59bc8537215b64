package org.strands.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A practitioner recorded a contact with a family: at a drop-in, by phone, or by a link therapist in school. Later
 * modules start journeys and follow-ups from it; within access it opens the family's request for support.
 *
 * @param bookingId the drop-in booking it came from, or null
 * @param locality the locality of the session's place or of the child's setting, or null when neither is known
 * @param followUpOptIn whether the family agreed to be asked later how things went
 */
public record ContactRecorded(long areaId, long contactId, Long sessionId, UUID bookingId, Route route, LocalDate contactOn,
        Integer childAgeYears, String settingRef, String locality, List<Concern> concerns, List<ContactOutcome> outcomes,
        List<Long> offerIds, boolean followUpOptIn, String recordedBy) {

    public ContactRecorded {
        concerns = List.copyOf(concerns);
        outcomes = List.copyOf(outcomes);
        offerIds = List.copyOf(offerIds);
    }
}
