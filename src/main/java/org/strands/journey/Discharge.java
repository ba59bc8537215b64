package org.strands.journey;

import java.time.LocalDate;

/** Closing a journey: the day, the reason (required) and an optional note. */
public record Discharge(LocalDate dischargedOn, DischargeReason reason, String note) {
}
