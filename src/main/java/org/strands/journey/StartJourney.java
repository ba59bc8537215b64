package org.strands.journey;

import java.time.LocalDate;

/** How a journey starts: from a contact (its id), from a request (its id) or by hand, on a day, on a practitioner's caseload. */
public record StartJourney(JourneySource source, Long contactId, Long requestId, LocalDate startedOn, String lead) {
}
