package org.strands.journey;

import java.time.LocalDate;

/** A child's journey ended, with its reason; published in the transaction that records the discharge. */
public record JourneyDischarged(long areaId, long journeyId, long childId, LocalDate dischargedOn, DischargeReason reason) {
}
