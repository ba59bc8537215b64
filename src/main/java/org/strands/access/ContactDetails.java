package org.strands.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact as a practitioner records it.
 *
 * @param sessionId the drop-in it happened at, or null for a contact by another route
 * @param bookingId the family on that session's register, or null
 * @param settingRef the child's school or early years setting, when the family said
 * @param offerIds offers from the provision map the family was pointed to
 */
public record ContactDetails(Long sessionId, UUID bookingId, Route route, LocalDate contactOn, Integer childAgeYears,
        String settingRef, List<Concern> concerns, String advice, List<ContactOutcome> outcomes, List<Long> offerIds) {

    public ContactDetails {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
    }
}
