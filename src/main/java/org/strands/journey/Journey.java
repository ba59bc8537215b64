package org.strands.journey;

import java.time.LocalDate;

/** A child's journey, from its start (a contact, a request or by hand) to its discharge, if any. */
public record Journey(long id, long childId, LocalDate startedOn, JourneySource source, Long contactId, Long requestId, String lead,
        LocalDate dischargedOn, DischargeReason dischargeReason, String dischargeNote) {

    public boolean open() {
        return dischargedOn == null;
    }
}
